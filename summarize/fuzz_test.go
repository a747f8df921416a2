package summarize

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// fuzzSeeds adds the testdata articles and a few hard cases to f.
func fuzzSeeds(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", ":", "«", "»«", "گفت:", "گفت: «", "«»، گفت.", "به گفته", "به گفته ،", "با بیان اینکه",
		"وی گفت: «الف «ب» ج",
		"لاوروف گفت: \n\n", "\xff\xfeگفت: \xff", "a گفت: b\u200c\n",
		"«آیا؟»، او پرسید؛ یک نفر گفت که",
	} {
		f.Add(s)
	}
}

// fuzzEntities makes person and country entities out of some word tokens,
// with every mention form, so that speaker resolution is exercised on any
// input.
func fuzzEntities(toks []tokenize.Token) []entity.Entity {
	var ents []entity.Entity
	n := 0
	for i, t := range toks {
		if t.Kind != tokenize.Word || i%3 != 0 {
			continue
		}
		n++
		roles := [...]string{t.Text + " " + t.Text, "", " ", t.Text}
		e := entity.Entity{ID: len(ents) + 1, Kind: entity.Kind(n % 4), Name: t.Text, Role: roles[n%len(roles)]}
		e.Mentions = append(e.Mentions, entity.Mention{Span: t.Span, Text: t.Text, Form: entity.Form(n % 3)})
		ents = append(ents, e)
	}
	return ents
}

// FuzzQuotes checks that Quotes never panics and that every quote it
// returns has in-bounds spans, a Cue equal to its span's text, and a
// speaker that is -1 or the ID of a given entity.
func FuzzQuotes(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks, sents := tokenize.Split(text)
		ents := fuzzEntities(toks)
		ids := map[int]string{-1: ""}
		for _, e := range ents {
			ids[e.ID] = e.Name
		}
		for _, q := range Quotes(text, sents, toks, ents) {
			for _, sp := range []tokenize.Span{q.CueSpan, q.Content} {
				if sp.Start < 0 || sp.End < sp.Start || sp.End > len(text) {
					t.Fatalf("span %+v out of bounds in %+q", sp, text)
				}
			}
			if q.Content.Len() == 0 {
				t.Fatalf("empty content %+v in %+q", q, text)
			}
			if q.Cue != text[q.CueSpan.Start:q.CueSpan.End] {
				t.Fatalf("cue %+q is not its span in %+q", q.Cue, text)
			}
			name, ok := ids[q.Speaker]
			if !ok || name != q.SpeakerName {
				t.Fatalf("speaker %d %+q not among the entities in %+q", q.Speaker, q.SpeakerName, text)
			}
		}
	})
}

// FuzzSummary checks that Summary never panics and returns at most n
// sentence indices, in range and strictly increasing (document order).
func FuzzSummary(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks, sents := tokenize.Split(text)
		for _, n := range []int{-1, 0, 1, 3, len(sents) + 2} {
			got := Summary(text, sents, toks, n)
			if len(got) > max(n, 0) {
				t.Fatalf("Summary(n=%d) returned %d indices in %+q", n, len(got), text)
			}
			prev := -1
			for _, i := range got {
				if i <= prev || i >= len(sents) {
					t.Fatalf("Summary(n=%d) = %v: not increasing indices below %d in %+q", n, got, len(sents), text)
				}
				prev = i
			}
		}
	})
}
