package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestScanTokenFastPath checks that the fast path of scanTokenInto reads
// every token as scanTokenSlow does, by phenomenon.
func TestScanTokenFastPath(t *testing.T) {
	tests := []struct {
		group, line string
	}{
		{"letters", "کتاب"},
		{"letters then space", "کتاب ها"},
		{"ZWNJ inside", "می\u200cشود"},
		{"two ZWNJs", "می\u200cخواسته\u200cاند دیگر"},
		{"ZWNJ at the end", "کتاب\u200c"},
		{"ZWNJ then space", "کتاب\u200c ها"},
		{"ZWNJ then digit", "کتاب\u200c۱۲"},
		{"ZWNJ then Latin", "کتاب\u200cab"},
		{"ZWNJ at the start", "\u200cکتاب"},
		{"double ZWNJ", "می\u200c\u200cشود"},
		{"punctuation after", "می\u200cشود،"},
		{"cut ZWNJ", "می\xe2\x80"},
		{"tab", "می\u200cشود\tنه"},
	}
	for _, tt := range tests {
		t.Run(tt.group, func(t *testing.T) {
			var fast, slow token
			fe := scanTokenInto(&fast, tt.line, 0)
			se := scanTokenSlow(&slow, tt.line, 0)
			assert.Equal(t, se, fe, "end of %+q", tt.line)
			assert.Equal(t, slow, fast, "token of %+q", tt.line)
		})
	}
}
