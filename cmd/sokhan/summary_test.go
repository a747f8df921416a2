package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSummarySample(t *testing.T) {
	// The sample's lead comes out without its «به گزارش بولتن نیوز،».
	out, errOut, status := runSokhan(t, "", "summary", "-n", "1", "../../testdata/zarif-lavrov.txt")
	require.Equal(t, 0, status, errOut)
	assert.Empty(t, errOut)
	assert.Equal(t, "محمدجواد ظریف وزیر امور خارجه کشورمان با سرگئی لاوروف وزیر امور خارجه روسیه ملاقات کرد.\n", out)
}

func TestSummaryCount(t *testing.T) {
	const text = "وزیر امور خارجه امروز با همتای روس خود دیدار کرد.\n" +
		"دو وزیر درباره روابط دوجانبه و همکاری اقتصادی گفت\u200cوگو کردند.\n" +
		"وزیر امور خارجه گفت: روابط دو کشور در مسیر درستی است.\n" +
		"انتهای پیام"
	for _, tc := range []struct {
		args  []string
		lines int
	}{
		{[]string{"summary"}, 3}, // default 3
		{[]string{"summary", "-n", "2"}, 2},
		{[]string{"summary", "-n=1"}, 1},
		{[]string{"summary", "--n", "0"}, 0},
		{[]string{"summary", "-n", "10"}, 3}, // the footer is never printed
	} {
		out, errOut, status := runSokhan(t, text, tc.args...)
		require.Equal(t, 0, status, errOut)
		assert.Equal(t, tc.lines, strings.Count(out, "\n"), "%v: %+q", tc.args, out)
		assert.NotContains(t, out, "انتهای پیام", "%v", tc.args)
	}
}

func TestSummaryOrderAndFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(a, []byte("یک جمله کامل درباره سفر وزیر به مسکو است.\nجمله دوم درباره سفر وزیر به مسکو است."), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("فقط یک جمله درباره اقتصاد کشور است."), 0o644))
	out, errOut, status := runSokhan(t, "", "summary", "-n", "5", a, b)
	require.Equal(t, 0, status, errOut)
	// Sentences in document order, each file under its name.
	assert.Equal(t, "# "+a+"\nیک جمله کامل درباره سفر وزیر به مسکو است.\nجمله دوم درباره سفر وزیر به مسکو است.\n# "+b+"\nفقط یک جمله درباره اقتصاد کشور است.\n", out)
}

func TestSummaryErrors(t *testing.T) {
	// Bad flags: usage error, status 2, nothing on stdout.
	for _, args := range [][]string{{"summary", "-n"}, {"summary", "-n", "x"}, {"summary", "-n=-1"}, {"summary", "-x"}} {
		out, errOut, status := runSokhan(t, "متن", args...)
		assert.Equal(t, 2, status, "%v", args)
		assert.Empty(t, out, "%v", args)
		assert.Contains(t, errOut, "sokhan summary:", "%v", args)
	}
	// A missing file and invalid UTF-8 are reported; the good file is still summarized.
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(bad, []byte("سلام \xff"), 0o644))
	require.NoError(t, os.WriteFile(good, []byte("این یک جمله است."), 0o644))
	out, errOut, status := runSokhan(t, "", "summary", filepath.Join(dir, "missing.txt"), bad, good)
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "missing.txt")
	assert.Contains(t, errOut, "invalid UTF-8 at byte")
	assert.Contains(t, out, "این یک جمله است.\n")
	// Empty input: no output, success.
	out, _, status = runSokhan(t, "", "summary")
	assert.Equal(t, 0, status)
	assert.Empty(t, out)
}
