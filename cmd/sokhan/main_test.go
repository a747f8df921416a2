package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sokhan-nlp/sokhan/normalize"
)

// runSokhan runs the command with args and stdin and returns its output
// and exit status.
func runSokhan(t testing.TB, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), status
}

func TestUsage(t *testing.T) {
	_, errOut, status := runSokhan(t, "")
	assert.Equal(t, 2, status)
	for name := range commands {
		assert.Contains(t, errOut, name)
	}
	_, errOut, status = runSokhan(t, "", "nosuch")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, `unknown command "nosuch"`)
	_, _, status = runSokhan(t, "", "--help")
	assert.Equal(t, 0, status)
}

func TestInvalidUTF8Offset(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{{"abc", -1}, {"", -1}, {"\xff", 0}, {"سلام\xffx", 8}, {"ab\xd8", 2}} {
		assert.Equalf(t, c.want, invalidUTF8([]byte(c.in)), "%+q", c.in)
	}
}

// FuzzCommands runs every subcommand on arbitrary standard input: none may
// panic; valid UTF-8 succeeds with no message, invalid UTF-8 fails with one
// line naming standard input and nothing on standard output (but the
// normalized lines before the invalid byte, for normalize, which streams);
// the JSON of analyze --json is one valid object.
func FuzzCommands(f *testing.F) {
	f.Add("به گزارش ایرنا،ظریف گفت: «ما موافقیم.» وی افزود: ٥٣ درصد.\nbultannews@gmail.com")
	f.Add("")
	f.Add("«««\n\n:گفت")
	f.Add("سلام\xff")
	f.Fuzz(func(t *testing.T, in string) {
		for _, args := range [][]string{{"normalize"}, {"sentences"}, {"tokens"}, {"entities"}, {"quotes"}, {"summary", "-n", "2"}, {"analyze", "--json"}} {
			out, errOut, status := runSokhan(t, in, args...)
			if !utf8.ValidString(in) {
				require.Equalf(t, 1, status, "%v on %+q", args, in)
				require.Equal(t, 1, strings.Count(errOut, "\n"), errOut)
				require.Contains(t, errOut, inputName)
				if args[0] == "normalize" {
					// It streams: the lines before the invalid byte may
					// be out already.
					valid := in[:invalidUTF8([]byte(in))]
					require.Truef(t, strings.HasPrefix(normalize.String(valid), out), "%+q on %+q", out, in)
				} else {
					require.Empty(t, out)
				}
				continue
			}
			require.Equalf(t, 0, status, "%v on %+q: %s", args, in, errOut)
			require.Empty(t, errOut)
			require.True(t, utf8.ValidString(out))
			if args[0] == "analyze" {
				var doc map[string]any
				require.NoErrorf(t, json.Unmarshal([]byte(out), &doc), "%+q", out)
				require.Equal(t, 1, strings.Count(strings.TrimSuffix(out, "\n"), "\n")+1)
			}
		}
	})
}

// FuzzInvalidUTF8 checks invalidUTF8 against the standard library's
// decoder.
func FuzzInvalidUTF8(f *testing.F) {
	f.Add([]byte("سلام دنیا، abc ۱۲۳\u200cها «نقل» و"))
	f.Add([]byte("\xc0\x80\xc1\xbf سلام"))
	f.Add([]byte("سلام\xd8 دنیا، abc"))
	f.Add([]byte("abcdefg\xd8\xb3abcdefgh"))
	f.Fuzz(func(t *testing.T, b []byte) {
		want := -1
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				want = i
				break
			}
			i += n
		}
		require.Equal(t, want, invalidUTF8(b), "%+q", b)
	})
}

// BenchmarkInvalidUTF8 checks the sample article, whose UTF-8 is valid, as
// the commands check each input.
func BenchmarkInvalidUTF8(b *testing.B) {
	data, err := os.ReadFile("../../testdata/zarif-lavrov.txt")
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if invalidUTF8(data) >= 0 {
			b.Fatal("invalid")
		}
	}
}
