package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuotesTSV(t *testing.T) {
	const text = "محمدجواد ظریف وزیر امور خارجه کشورمان با سرگئی لاوروف دیدار کرد.\n" +
		"لاوروف گفت: روابط\tدو کشور خوب است.\n" +
		"به گفته وی، دور بعد در مسکو است.\n" +
		"یک دیپلمات گفت: «هنوز زود است.»\n"
	out, errOut, status := runSokhan(t, text, "quotes")
	require.Equal(t, 0, status, errOut)
	assert.Empty(t, errOut)
	assert.Equal(t, "سرگئی لاوروف\tگفت\tروابط دو کشور خوب است.\n-\tگفت\tهنوز زود است.\n", out)

	out, _, status = runSokhan(t, text, "quotes", "--indirect")
	require.Equal(t, 0, status)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3, "%+q", out)
	assert.Equal(t, "سرگئی لاوروف\tبه گفته\tدور بعد در مسکو است.\tindirect", lines[1])
	for _, l := range lines {
		assert.Len(t, strings.Split(l, "\t"), 4, "%+q", l)
	}
}

func TestQuotesFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(good, []byte("محمدجواد ظریف گفت: بله.\n"), 0o644))
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("ظریف گفت: \xff\n"), 0o644))
	out, errOut, status := runSokhan(t, "", "quotes", good, bad, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, status)
	assert.Equal(t, "# "+good+"\nمحمدجواد ظریف\tگفت\tبله.\n", out, "a bad input prints nothing")
	assert.Contains(t, errOut, bad+": invalid UTF-8 at byte")
	assert.Contains(t, errOut, "missing.txt")
	assert.Equal(t, 2, strings.Count(errOut, "\n"), "one line per bad input: %q", errOut)

	_, errOut, status = runSokhan(t, "", "quotes", "--bogus")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, "--bogus")
}
