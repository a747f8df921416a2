package lexicon

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	es := Parse("# comment\n\nالف\tx\r\nب\n")
	require.Len(t, es, 2)
	assert.Equal(t, Entry{Line: 3, Fields: []string{"الف", "x"}}, es[0])
	assert.Equal(t, "ب", es[1].Field(0))
	assert.Equal(t, "", es[1].Field(1))
}

func TestParseReader(t *testing.T) {
	es, err := ParseReader(strings.NewReader("b\ta\n# c\na\n"))
	require.NoError(t, err)
	assert.Len(t, es, 2)

	_, err = ParseReader(strings.NewReader("ok\nbad\t\n"))
	assert.EqualError(t, err, "line 2: field 2 is empty")

	_, err = ParseReader(strings.NewReader("ok\n\xff\n"))
	assert.EqualError(t, err, "line 2: invalid UTF-8")
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name, data, err string
	}{
		{"sorted", "# c\na\nb\tx\nc\n", ""},
		{"unsorted", "b\na\n", `line 2: "a" is out of order after "b"`},
		{"duplicate", "a\na\n", `line 2: duplicate entry "a"`},
		{"space", "a \n", `line 1: field 1 is empty or has surrounding space: "a "`},
		{"empty field", "a\t\n", `line 1: field 2 is empty or has surrounding space: ""`},
		{"invalid utf8", "a\n\xff\n", "line 2: invalid UTF-8"},
		{"rejected field", "a\nz\n", `line 2: field 1 "z": no z`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(tt.data, func(_ int, s string) error {
				if s == "z" {
					return errors.New("no z")
				}
				return nil
			})
			if tt.err == "" {
				assert.NoError(t, err)
			} else {
				assert.EqualError(t, err, tt.err)
			}
		})
	}
}
