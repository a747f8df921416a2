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

func TestSentencesStdin(t *testing.T) {
	out, errOut, status := runSokhan(t, "دکتر م. احمدی گفت: «این خوب است.» سپس رفت.\nخط دوم", "sentences")
	require.Equal(t, 0, status, errOut)
	assert.Empty(t, errOut)
	assert.Equal(t, "دکتر م. احمدی گفت: «این خوب است.»\nسپس رفت.\nخط دوم\n", out)
}

func TestSentencesNormalizes(t *testing.T) {
	// Arabic yeh and Latin digits come out normalized.
	out, _, status := runSokhan(t, "وي 300 نفر را ديد. بعد", "sentences")
	require.Equal(t, 0, status)
	assert.Equal(t, "وی ۳۰۰ نفر را دید.\nبعد\n", out)
}

// TestSentencesGold checks every raw dev article against its gold sentence
// count, end to end through normalize.
func TestSentencesGold(t *testing.T) {
	golds, err := filepath.Glob("../../testdata/*.gold.json")
	require.NoError(t, err)
	require.NotEmpty(t, golds)
	for _, g := range golds {
		b, err := os.ReadFile(g)
		require.NoError(t, err)
		var gold struct {
			SentenceCount int `json:"sentence_count"`
		}
		require.NoError(t, json.Unmarshal(b, &gold))
		out, errOut, status := runSokhan(t, "", "sentences", strings.TrimSuffix(g, ".gold.json")+".txt")
		require.Equal(t, 0, status, errOut)
		assert.Equal(t, gold.SentenceCount, strings.Count(out, "\n"), g)
	}
}

func TestSentencesFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(a, []byte("یک. دو."), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("سه"), 0o644))
	out, _, status := runSokhan(t, "", "sentences", a, b)
	assert.Equal(t, 0, status)
	assert.Equal(t, "# "+a+"\nیک.\nدو.\n# "+b+"\nسه\n", out)
}

// TestSegmentErrors checks both commands on bad input: one line on stderr
// naming the file, exit status 1, and the good inputs still processed.
func TestSegmentErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.txt")
	missing := filepath.Join(dir, "missing.txt")
	require.NoError(t, os.WriteFile(good, []byte("سلام"), 0o644))
	require.NoError(t, os.WriteFile(bad, []byte("سل\xffام"), 0o644))
	for _, cmd := range []string{"sentences", "tokens"} {
		for _, c := range []struct{ arg, msg string }{
			{missing, missing + ": "},
			{dir, dir + ": is a directory"},
			{bad, bad + ": invalid UTF-8 at byte 4"},
		} {
			out, errOut, status := runSokhan(t, "", cmd, c.arg, good)
			assert.Equal(t, 1, status, "%s %s", cmd, c.arg)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %+q", errOut)
			assert.True(t, strings.HasPrefix(errOut, "sokhan: "+c.msg), "%+q", errOut)
			assert.Contains(t, out, "سلام", "the good file is still processed")
		}
		_, errOut, status := runSokhan(t, "a\xfeb", cmd)
		assert.Equal(t, 1, status)
		assert.Equal(t, "sokhan: <stdin>: invalid UTF-8 at byte 1\n", errOut)
	}
}
