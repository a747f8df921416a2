// Package lexicon parses the embedded word lists of sokhan's packages
// (data/*.txt) and validates them.
//
// A list has one entry per line; fields are separated by a tab; a line that
// is empty or starts with '#' is a comment. Lists are sorted bytewise by line
// and hold no duplicate line, so that diffs stay small and a binary search
// over the parsed entries is possible.
package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Entry is one data line split into its tab-separated fields. Line is the
// 1-based line number in the source, for error messages.
type Entry struct {
	Line   int
	Fields []string
}

// Field returns field i of the entry, or "" when the entry has fewer fields.
func (e Entry) Field(i int) string {
	if i < len(e.Fields) {
		return e.Fields[i]
	}
	return ""
}

// Parse splits data into entries, skipping blank lines and '#' comments.
// Fields are substrings of data (no copy). Parse never fails: validation is
// the job of [Check].
func Parse(data string) []Entry {
	var out []Entry
	line := 0
	for len(data) > 0 {
		line++
		l := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			l, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		l = strings.TrimSuffix(l, "\r")
		if l == "" || l[0] == '#' {
			continue
		}
		out = append(out, Entry{Line: line, Fields: strings.Split(l, "\t")})
	}
	return out
}

// ParseReader reads a user-supplied list from r in the same format as
// [Parse]. It returns an error naming the line of the first entry that is
// not valid UTF-8 or has an empty field; unlike embedded lists, user lists
// need not be sorted.
func ParseReader(r io.Reader) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var out []Entry
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || l[0] == '#' {
			continue
		}
		if !utf8.ValidString(l) {
			return nil, fmt.Errorf("line %d: invalid UTF-8", line)
		}
		fields := strings.Split(l, "\t")
		for i, f := range fields {
			if strings.TrimSpace(f) == "" {
				return nil, fmt.Errorf("line %d: field %d is empty", line, i+1)
			}
		}
		out = append(out, Entry{Line: line, Fields: fields})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return out, nil
}

// Check validates an embedded list: valid UTF-8, no empty field, no
// surrounding spaces, lines sorted bytewise and unique, and every field
// accepted by field (which may be nil). field receives the field index and
// value and returns an error for a value that does not belong, such as one
// that is not already normalized.
func Check(data string, field func(i int, s string) error) error {
	if !utf8.ValidString(data) {
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRuneInString(data[i:])
			if r == utf8.RuneError && n == 1 {
				return fmt.Errorf("line %d: invalid UTF-8", strings.Count(data[:i], "\n")+1)
			}
			i += n
		}
	}
	prev := ""
	for _, e := range Parse(data) {
		l := strings.Join(e.Fields, "\t")
		if prev != "" && l <= prev {
			if l == prev {
				return fmt.Errorf("line %d: duplicate entry %q", e.Line, l)
			}
			return fmt.Errorf("line %d: %q is out of order after %q", e.Line, l, prev)
		}
		prev = l
		for i, f := range e.Fields {
			if f == "" || strings.TrimSpace(f) != f {
				return fmt.Errorf("line %d: field %d is empty or has surrounding space: %q", e.Line, i+1, f)
			}
			if field != nil {
				if err := field(i, f); err != nil {
					return fmt.Errorf("line %d: field %d %q: %w", e.Line, i+1, f, err)
				}
			}
		}
	}
	return nil
}
