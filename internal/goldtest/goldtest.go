// Package goldtest loads the gold-annotated articles of the module's
// testdata for its tests: each NAME.gold.json (the hand-made analysis) with
// the noisy NAME.txt beside it. See testdata/heldout/README.md for the
// annotation conventions.
package goldtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Person is one annotated person: the role the text gives and every name
// mention, as written.
type Person struct {
	Role     string   `json:"role"`
	Mentions []string `json:"mentions"`
}

// Quote is one annotated direct quote; Speaker is nil when the text does
// not name one.
type Quote struct {
	Speaker *string `json:"speaker"`
	Cue     string  `json:"cue"`
	Starts  string  `json:"starts"`
	Ends    string  `json:"ends"`
}

// Doc is the content of a gold file.
type Doc struct {
	Normalized    string              `json:"normalized"`
	Alternates    map[string][]string `json:"alternates"`
	SentenceCount int                 `json:"sentence_count"`
	People        map[string]Person   `json:"people"`
	Countries     map[string][]string `json:"countries"` // canonical name → mention texts
	Quotes        []Quote             `json:"quotes"`
}

// Article is one gold article: Name is the file name without ".gold.json",
// Raw the noisy text of NAME.txt.
type Article struct {
	Name string
	Raw  string
	Doc
}

// Load reads every gold article in dir (in file-name order) and fails t when
// there is none or a file cannot be read or decoded.
func Load(t testing.TB, dir string) []Article {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("goldtest: no gold files in %s (%v)", dir, err)
	}
	out := make([]Article, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := Article{Name: strings.TrimSuffix(filepath.Base(f), ".gold.json")}
		if err := json.Unmarshal(b, &a.Doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		raw, err := os.ReadFile(strings.TrimSuffix(f, ".gold.json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		a.Raw = string(raw)
		out = append(out, a)
	}
	return out
}

// AcceptAlternates rewrites the alternate spellings that d accepts (its
// "alternates") in text to the form d's normalized text uses, as score.py
// does before it compares words.
func (d Doc) AcceptAlternates(text string) string {
	for _, forms := range d.Alternates {
		target := ""
		for _, f := range forms {
			if strings.Contains(d.Normalized, f) {
				target = f
				break
			}
		}
		if target == "" {
			continue
		}
		for _, f := range forms {
			if f != target {
				text = strings.ReplaceAll(text, f, target)
			}
		}
	}
	return text
}

// WordsKept returns how many of the gold words (split at white space) pred
// reproduces in order — the length of the longest common subsequence of
// the two word lists, which score.py's difflib matching never exceeds —
// and the number of gold words.
func WordsKept(gold, pred string) (kept, total int) {
	a, b := strings.Fields(gold), strings.Fields(pred)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)], len(a)
}
