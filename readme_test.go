package sokhan_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestREADMEExamples keeps the README honest: every Go block in README.md is
// an Example function copied verbatim from a _test.go file of the module, so
// `go test` runs it and checks its output.
func TestREADMEExamples(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	var tests strings.Builder
	err = filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if strings.HasSuffix(path, "_test.go") {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			tests.Write(b)
		}
		return nil
	})
	require.NoError(t, err)
	blocks := regexp.MustCompile("(?s)```go\n(.*?)\n```").FindAllSubmatch(readme, -1)
	require.NotEmpty(t, blocks, "README.md has no Go examples")
	for _, b := range blocks {
		code := string(b[1])
		if !strings.Contains(code, "func Example") {
			continue
		}
		assert.Contains(t, tests.String(), code, "README block is not a verbatim Example test")
	}
}
