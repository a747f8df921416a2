package summarize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sokhan-nlp/sokhan/internal/lexicon"
	"github.com/sokhan-nlp/sokhan/normalize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// TestCueData checks data/cues.txt: valid, sorted, unique, already
// normalized, three fields, the cue ending with its past stem.
func TestCueData(t *testing.T) {
	require.NoError(t, lexicon.Check(cuesData, func(_ int, s string) error {
		if n := normalize.String(s); n != s {
			return fmt.Errorf("not normalized: want %+q", n)
		}
		return nil
	}))
	for _, e := range lexicon.Parse(cuesData) {
		require.Len(t, e.Fields, 3, "line %d", e.Line)
		assert.True(t, strings.HasSuffix(e.Field(0), e.Field(1)), "line %d: %+q does not end with %+q", e.Line, e.Field(0), e.Field(1))
	}
}

// TestCueForms checks the generated tenses and persons.
func TestCueForms(t *testing.T) {
	tests := []struct {
		form string
		ok   bool
	}{
		// Simple past, third person.
		{"گفت", true}, {"گفتند", true}, {"افزود", true}, {"نوشت", true},
		// Present, with the glide after a vowel stem.
		{"می\u200cگوید", true}, {"می\u200cگویند", true}, {"می\u200cافزاید", true}, {"می گوید", true},
		{"می\u200cنویسد", true}, {"تاکید می\u200cکند", true}, {"اظهار می\u200cدارد", true},
		// Perfect, pluperfect, future.
		{"گفته است", true}, {"گفته\u200cاست", true}, {"گفته\u200cاند", true}, {"گفته بود", true},
		{"تاکید کرده است", true}, {"خاطر نشان کرده بود", true}, {"خواهد گفت", true},
		// Compound verbs, both spellings.
		{"تاکید کرد", true}, {"تأکید کرد", true}, {"خاطرنشان کرد", true}, {"خاطر نشان کرد", true},
		{"یادآور شد", true}, {"ادامه داد", true}, {"اظهار داشت", true},
		// Compound verbs glued or joined with a ZWNJ in unrestored text.
		{"اظهارداشت", true}, {"تاکید\u200cکرد", true}, {"خاطرنشان\u200cکرد", true},
		// Not forms of a cue.
		// First and second persons are the writer's voice.
		{"گفتم", false}, {"می\u200cگوییم", false}, {"گفته\u200cایم", false},
		{"گفت\u200cوگو", false}, {"گفته\u200cهای", false}, {"کرد", false}, {"داشت", false}, {"می\u200cگو", false},
	}
	for _, tt := range tests {
		_, ok := cues().forms[tt.form]
		assert.Equal(t, tt.ok, ok, "%+q", tt.form)
	}
}

// TestCueAt checks cue matching over tokens, including the rejection of
// non-speech compounds.
func TestCueAt(t *testing.T) {
	tests := []struct {
		text string
		cue  string // the cue found first, or "" for none
	}{
		// Longest match.
		{"وی تاکید کرده است که", "تاکید کرده است"},
		{"لاوروف گفت: ما", "گفت"},
		{"ظریف خاطر نشان کرد: ما", "خاطر نشان کرد"},
		// Non-speech compounds.
		{"به ملت ایران تسلیت گفت.", ""},
		{"به وی تبریک گفت و رفت.", ""},
		{"از صلح سخن گفت.", ""},
		// Nouns built on the stem.
		{"دو طرف گفت\u200cوگو کردند.", ""},
		{"گفته\u200cهای وی روشن بود.", ""},
		// A light verb alone is no cue.
		{"او کار کرد.", ""},
	}
	for _, tt := range tests {
		toks, _ := tokenize.Split(tt.text)
		got := ""
		for i := range toks {
			if end, ok := cueAt(tt.text, toks, i); ok {
				got = tt.text[toks[i].Start:toks[end-1].End]
				break
			}
		}
		assert.Equal(t, tt.cue, got, "%+q", tt.text)
	}
}
