package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEntitiesTSV(t *testing.T) {
	const text = "محمدجواد ظریف وزیر امور خارجه کشورمان با سرگئی لاوروف دیدار کرد.\nظریف گفت: روابط ایران و روسیه خوب است."
	out, errOut, status := runSokhan(t, text, "entities")
	require.Equal(t, 0, status, errOut)
	assert.Empty(t, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	prev := -1
	var people []string
	for _, l := range lines {
		f := strings.Split(l, "\t")
		require.Len(t, f, 7, "%+q", l)
		start, err1 := strconv.Atoi(f[5])
		end, err2 := strconv.Atoi(f[6])
		require.NoError(t, err1)
		require.NoError(t, err2)
		assert.Equal(t, text[start:end], f[3], "mention text is text[start:end]: %+q", l)
		assert.GreaterOrEqual(t, start, prev, "lines in text order")
		prev = start
		assert.Contains(t, []string{"person", "country", "organization", "location"}, f[0])
		assert.Contains(t, []string{"name", "role", "pronoun"}, f[4])
		if f[0] == "person" && f[4] == "name" {
			people = append(people, f[1]+"|"+f[3])
		}
	}
	assert.Contains(t, people, "محمدجواد ظریف|محمدجواد ظریف")
	assert.Contains(t, people, "محمدجواد ظریف|ظریف", "the surname joins the full name")
	assert.Contains(t, out, "country\tروسیه\t-\tروسیه\tname\t")
}

func TestEntitiesFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(a, []byte("ایران و ترکیه"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("متنی بدون نام"), 0o644))

	out, _, status := runSokhan(t, "", "entities", a, b)
	assert.Equal(t, 0, status)
	assert.Equal(t, "# "+a+"\ncountry\tایران\t-\tایران\tname\t0\t10\ncountry\tترکیه\t-\tترکیه\tname\t14\t24\n# "+b+"\n", out)

	out, _, status = runSokhan(t, "", "entities", a)
	assert.Equal(t, 0, status)
	assert.NotContains(t, out, "# ", "no file header for a single input")
}

func TestEntitiesBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("ایران\xff"), 0o644))
	for name, args := range map[string][]string{
		"missing file":  {"entities", filepath.Join(dir, "nope.txt")},
		"directory":     {"entities", dir},
		"invalid UTF-8": {"entities", bad},
	} {
		t.Run(name, func(t *testing.T) {
			out, errOut, status := runSokhan(t, "", args...)
			assert.Equal(t, 1, status)
			assert.Empty(t, out)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line on stderr: %+q", errOut)
			assert.True(t, strings.HasPrefix(errOut, "sokhan: "), "%+q", errOut)
		})
	}
}
