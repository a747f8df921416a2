package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTokensStdin(t *testing.T) {
	out, errOut, status := runSokhan(t, "رشد ۲۵٪ بود. info@irna.ir\n#خبر", "tokens")
	require.Equal(t, 0, status, errOut)
	assert.Empty(t, errOut)
	assert.Equal(t, "رشد\tWord\n۲۵٪\tNumber\nبود\tWord\n.\tPunct\n\ninfo@irna.ir\tEmail\n\n#خبر\tHashtag\n", out)
}

func TestTokensEmpty(t *testing.T) {
	out, errOut, status := runSokhan(t, " \n\n ", "tokens")
	assert.Equal(t, 0, status, errOut)
	assert.Empty(t, out)
}

func TestTokensFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(a, []byte("یک"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("F-16"), 0o644))
	out, _, status := runSokhan(t, "", "tokens", a, b)
	assert.Equal(t, 0, status)
	assert.Equal(t, "# "+a+"\nیک\tWord\n# "+b+"\nF-16\tLatin\n", out)
}
