// Command analyze runs sokhan over a corpus and reports its throughput and
// what it found: the most quoted people and the most mentioned countries.
//
//	go run ./examples/analyze DIR|FILE...
//
// A directory is walked for *.txt files. A file holding several documents
// separated by blank lines (like ../shared/corpus/news.txt) counts each
// block as one document. Documents are analysed on all cores.
package main

import (
	"cmp"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/sokhan-nlp/sokhan"
	"github.com/sokhan-nlp/sokhan/entity"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: go run ./examples/analyze DIR|FILE...")
		os.Exit(2)
	}
	docs, err := load(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "analyze:", err)
		os.Exit(1)
	}
	var size int
	for _, d := range docs {
		size += len(d)
	}

	// Analyse on all cores; each worker keeps its own tallies.
	type tally struct {
		quotes    map[string]int // speaker name → direct quotes
		countries map[string]int // country name → name mentions
		nquotes   int
	}
	workers := runtime.GOMAXPROCS(0)
	tallies := make([]tally, workers)
	jobs := make(chan string)
	var wg sync.WaitGroup
	start := time.Now()
	for w := range workers {
		tallies[w] = tally{quotes: map[string]int{}, countries: map[string]int{}}
		wg.Go(func() {
			t := &tallies[w]
			for text := range jobs {
				doc := sokhan.Analyze(text, sokhan.SummarySentences(0))
				for _, q := range doc.Quotes {
					if q.Direct {
						t.nquotes++
						if q.SpeakerName != "" {
							t.quotes[q.SpeakerName]++
						}
					}
				}
				for _, e := range doc.Entities {
					if e.Kind == entity.Country {
						t.countries[e.Name] += len(e.Mentions)
					}
				}
			}
		})
	}
	for _, d := range docs {
		jobs <- d
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(start).Seconds()

	quotes, countries, nquotes := map[string]int{}, map[string]int{}, 0
	for _, t := range tallies {
		nquotes += t.nquotes
		for k, v := range t.quotes {
			quotes[k] += v
		}
		for k, v := range t.countries {
			countries[k] += v
		}
	}
	fmt.Printf("%d documents, %.1f MB in %.2fs on %d cores: %.0f documents/s, %.2f MB/s\n",
		len(docs), float64(size)/1e6, elapsed, workers, float64(len(docs))/elapsed, float64(size)/1e6/elapsed)
	fmt.Printf("%d direct quotes\n", nquotes)
	fmt.Println("\nMost quoted people:")
	printTop(quotes, 10, "quotes")
	fmt.Println("\nMost mentioned countries:")
	printTop(countries, 10, "mentions")
}

// printTop prints the n largest counts of m, ties in name order.
func printTop(m map[string]int, n int, unit string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b)) })
	for i, k := range keys[:min(n, len(keys))] {
		fmt.Printf("%3d. %s: %d %s\n", i+1, k, m[k], unit)
	}
}

// load reads the documents of paths: every *.txt file under a directory,
// each file split into blank-line-separated blocks.
func load(paths []string) ([]string, error) {
	var docs []string
	add := func(path string) error {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, d := range strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n\n") {
			if strings.TrimSpace(d) != "" {
				docs = append(docs, d)
			}
		}
		return nil
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			if err := add(p); err != nil {
				return nil, err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ".txt") {
				return add(path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}
