package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// The flag table marks the first two bytes of every rune the rune stage
// may change, under every option set: a block the table passes is copied
// unchanged.
func TestFlagTableCoversChanges(t *testing.T) {
	for name, n := range map[string]*Normalizer{
		"default": New(),
		"latin":   New(Digits(Latin)),
		"keep":    New(Digits(Keep), KeepArabicLetters(), KeepKashida(), KeepDiacritics(), KeepInvisibles(), KeepSpaces()),
	} {
		rt := n.rt
		var buf [4]byte
		for r := rune(0x80); r <= utf8.MaxRune; r++ {
			if !utf8.ValidRune(r) {
				continue
			}
			k := utf8.EncodeRune(buf[:], r)
			changes := false
			if r >= 0x600 && r <= 0x6FF {
				changes = rt.block[r-0x600] != actKeep
			} else {
				_, changes = rt.other(r)
			}
			if changes {
				require.Equalf(t, uint8(1), rt.flag[uint16(buf[0])|uint16(buf[1])<<8], "%s: %U (% x) not flagged", name, r, buf[:k])
			}
		}
	}
}

// Transform and Span agree with appendRunes around block boundaries: a
// changed rune at every offset of a clean stretch, with invalid bytes.
func TestRunesBlockBoundaries(t *testing.T) {
	n := defaultNormalizer()
	for _, changed := range []string{"ي", "ك", "\u0640", "\u064b", "٣", "\u200c", "\u200e", "\u00a0", "«", "ﻻ", "\xd9", "\x80", "中"} {
		for pad := range 20 {
			for _, base := range []string{"سلام", "ab", "\u200c"} {
				s := strings.Repeat("x", pad) + changed + strings.Repeat(base, 6) + changed
				want := string(appendRunes(n.rt, nil, s))
				got, _, err := transform.String(Runes(), s)
				require.NoError(t, err)
				assert.Equalf(t, want, got, "Transform(%+q)", s)
				small, err := streamSmall(Runes(), s, 5, 3)
				require.NoError(t, err)
				assert.Equalf(t, want, small, "small buffers (%+q)", s)
				sp, _ := spanRunes(n.rt, s, true)
				assert.Equalf(t, want[:sp], s[:sp], "span of %+q", s)
				if sp < len(s) {
					assert.NotEqualf(t, want, s, "span of %+q stops but nothing changes", s)
				}
			}
		}
	}
}

// FuzzRunes checks the rune transformer against appendRunes with buffer
// sizes taken from the input, and that Span stops exactly where the rune
// stage first changes the input.
func FuzzRunes(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		n := defaultNormalizer()
		want := string(appendRunes(n.rt, nil, s))
		got, _, err := transform.String(Runes(), s)
		if err != nil || got != want {
			t.Fatalf("Transform(%+q) = %+q (%v), want %+q", s, got, err, want)
		}
		srcN, dstN := 1+len(s)%13, 4+len(s)%7
		small, err := streamSmall(Runes(), s, srcN, dstN)
		if err != nil || small != want {
			t.Fatalf("Transform(%+q) in %d/%d-byte buffers = %+q (%v), want %+q", s, srcN, dstN, small, err, want)
		}
		sp, err := Runes().Span([]byte(s), true)
		if want[:min(sp, len(want))] != s[:sp] {
			t.Fatalf("Span(%+q) = %d, but the stage changes %+q", s, sp, s[:sp])
		}
		if (sp == len(s)) != (want == s) || (err == nil) != (want == s) {
			t.Fatalf("Span(%+q) = %d, %v; output %+q", s, sp, err, want)
		}
	})
}
