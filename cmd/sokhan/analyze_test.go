package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// analyzeDoc is the JSON of `sokhan analyze --json`, decoded strictly.
type analyzeDoc struct {
	File      string `json:"file"`
	Text      string `json:"text"`
	Sentences []struct {
		Start, End int
		Text       string
	} `json:"sentences"`
	Entities []struct {
		ID       int    `json:"id"`
		Type     string `json:"type"`
		Name     string `json:"name"`
		Role     string `json:"role"`
		Mentions []struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Kind  string `json:"kind"`
		} `json:"mentions"`
	} `json:"entities"`
	Quotes []struct {
		SpeakerID *int    `json:"speaker_id"`
		Speaker   *string `json:"speaker"`
		Cue       string  `json:"cue"`
		Text      string  `json:"text"`
		Start     int     `json:"start"`
		End       int     `json:"end"`
		Direct    bool    `json:"direct"`
	} `json:"quotes"`
	Summary []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
	} `json:"summary"`
}

func decodeLines(t *testing.T, out string) []analyzeDoc {
	t.Helper()
	var docs []analyzeDoc
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		var d analyzeDoc
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		require.NoError(t, dec.Decode(&d), "%+q", l)
		docs = append(docs, d)
	}
	return docs
}

func TestAnalyzeJSON(t *testing.T) {
	const text = "محمدجواد ظریف وزیر امور خارجه کشورمان با سرگئی لاوروف دیدار کرد.\n" +
		"لاوروف گفت: روابط ایران و روسیه <خوب> است.\n" +
		"یک دیپلمات گفت: «هنوز زود است.»\n"
	out, errOut, status := runSokhan(t, text, "analyze", "--json")
	require.Equal(t, 0, status, errOut)
	assert.Empty(t, errOut)
	require.Equal(t, 1, strings.Count(out, "\n"), "one line per input")
	assert.Contains(t, out, "<خوب>", "no HTML escaping")
	// Every key of DESIGN.md, in its order.
	for _, k := range []string{`{"file":`, `,"text":`, `,"sentences":`, `,"entities":`, `,"quotes":`, `,"summary":`} {
		assert.Contains(t, out, k)
	}
	d := decodeLines(t, out)[0]
	assert.Equal(t, inputName, d.File)
	for _, s := range d.Sentences {
		assert.Equal(t, d.Text[s.Start:s.End], s.Text)
	}
	for _, e := range d.Entities {
		assert.Contains(t, []string{"person", "country", "organization", "location"}, e.Type)
		for _, m := range e.Mentions {
			assert.Equal(t, d.Text[m.Start:m.End], m.Text)
			assert.Contains(t, []string{"name", "role", "pronoun"}, m.Kind)
		}
	}
	require.Len(t, d.Quotes, 2)
	q := d.Quotes[0]
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "سرگئی لاوروف", *q.Speaker)
	assert.Equal(t, "گفت", q.Cue)
	assert.Equal(t, d.Text[q.Start:q.End], q.Text)
	assert.True(t, q.Direct)
	assert.Nil(t, d.Quotes[1].Speaker, "unknown speaker is null")
	assert.Nil(t, d.Quotes[1].SpeakerID)
	for _, s := range d.Summary {
		assert.Equal(t, d.Text[s.Start:s.End], s.Text)
	}
}

func TestAnalyzeFilesAndDirs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	a := write("a.txt", "لاوروف گفت: بله.\n")
	write("sub/b.txt", "ظریف گفت: نه.\n")
	write("sub/c.md", "not analysed")
	bad := write("sub/d.txt", "گفت: \xff\n")
	missing := filepath.Join(dir, "missing.txt")

	out, errOut, status := runSokhan(t, "", "analyze", "--json", missing, dir)
	assert.Equal(t, 1, status)
	docs := decodeLines(t, out)
	var files []string
	for _, d := range docs {
		files = append(files, d.File)
	}
	assert.Equal(t, []string{a, filepath.Join(dir, "sub", "b.txt")}, files, "directories walked for *.txt, in order; bad files skipped")
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	require.Len(t, lines, 2, "%q", errOut)
	assert.Contains(t, lines[0], "missing.txt")
	assert.Contains(t, lines[1], bad+": invalid UTF-8 at byte 8")
}

func TestAnalyzeParallelOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 40 {
		p := filepath.Join(dir, strings.Repeat("x", i%7)+string(rune('a'+i%26))+strings.Repeat("y", i)+".txt")
		require.NoError(t, os.WriteFile(p, []byte(strings.Repeat("ظریف گفت: بله.\n", 1+i%5)), 0o644))
		want = append(want, p)
	}
	out, errOut, status := runSokhan(t, "", append([]string{"analyze", "--json"}, want...)...)
	require.Equal(t, 0, status, errOut)
	var got []string
	for _, d := range decodeLines(t, out) {
		got = append(got, d.File)
	}
	assert.Equal(t, want, got, "output in input order")
}

func TestAnalyzeText(t *testing.T) {
	const text = "محمدجواد ظریف وزیر امور خارجه کشورمان با سرگئی لاوروف دیدار کرد.\nلاوروف گفت: روابط خوب است.\n"
	out, errOut, status := runSokhan(t, text, "analyze")
	require.Equal(t, 0, status, errOut)
	assert.True(t, strings.HasPrefix(out, "== "+inputName+"\n"), "%q", out)
	assert.Contains(t, out, "People:\n")
	assert.Contains(t, out, "Quotes:\n  سرگئی لاوروف — گفت: «روابط خوب است.»\n")
	assert.NotContains(t, out, "{")
}

func TestAnalyzeFlags(t *testing.T) {
	_, errOut, status := runSokhan(t, "", "analyze", "--bogus")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, "--bogus")
	_, _, status = runSokhan(t, "", "analyze", "-h")
	assert.Equal(t, 0, status)
}
