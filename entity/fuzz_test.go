package entity_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

func fuzzSeeds(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*.txt")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	for _, g := range loadGold(f) {
		f.Add(g.Normalized)
	}
	for _, s := range []string{
		"", " ", "\u200c", "وی", "وی گفت.", "ی", "آمریکای", "ایران\u200c", "\u200cایران",
		"وزیر امور خارجه", "وزیر امور خارجه کشورمان", "سرگئی", "فیصل بن", "بن بن بن",
		"همتای روس خود", "جمهوری اسلامی", "در امور", "ایران\xffروسیه", "\xff\xfe",
		"سرگئی لاوروف همتای روس خود. وی", "دبیرکل سازمان ملل در امور یمن در",
	} {
		f.Add(s)
	}
}

// FuzzExtract checks the invariants of Extract on any text: no panic,
// entities numbered from 1 in order of first mention, spans in bounds and
// Text == text[span], mentions in text order.
func FuzzExtract(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks, _ := tokenize.Split(text)
		checkInvariants(t, text, entity.Extract(text, toks))
	})
}

// FuzzExtractBadTokens feeds Extract tokens that do not belong to the text:
// they are ignored, never a panic.
func FuzzExtractBadTokens(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks, _ := tokenize.Split(text)
		other := text[len(text)/2:]
		checkInvariants(t, other, entity.Extract(other, toks))
		rev := make([]tokenize.Token, len(toks))
		for i, tk := range toks {
			rev[len(toks)-1-i] = tk
		}
		checkInvariants(t, text, entity.Extract(text, rev))
	})
}
