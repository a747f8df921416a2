package lexicon

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that Parse, ParseReader and Check never panic, that
// Parse's fields are substrings of its input with no tab or line break in
// them, and that a list Check accepts is one ParseReader accepts too.
func FuzzParse(f *testing.F) {
	f.Add("# c\nالف\tx\nب\n")
	f.Add("a\t\tb\r\n\n#\n")
	f.Add("\xff\n\tz")
	f.Fuzz(func(t *testing.T, data string) {
		for _, e := range Parse(data) {
			if e.Line < 1 {
				t.Fatalf("line %d < 1", e.Line)
			}
			for _, fld := range e.Fields {
				if !strings.Contains(data, fld) || strings.ContainsAny(fld, "\t\n") {
					t.Fatalf("field %+q is not a tab-free substring of the input", fld)
				}
			}
		}
		_, rerr := ParseReader(strings.NewReader(data))
		if err := Check(data, nil); err == nil {
			if !utf8.ValidString(data) {
				t.Fatalf("Check accepted invalid UTF-8 %+q", data)
			}
			if rerr != nil {
				t.Fatalf("Check accepted %+q but ParseReader said %v", data, rerr)
			}
		}
	})
}
