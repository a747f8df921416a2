package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/sokhan-nlp/sokhan"
	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// runAnalyze implements `sokhan analyze [--json] [FILE|DIR...]`: it runs
// the whole pipeline (sokhan.Analyze) on every input and prints, with
// --json, one JSON object per input on one line (JSON Lines) in the schema
// of DESIGN.md, "file" being the path as given (or found in a directory,
// "<stdin>" for standard input) and a quote's "speaker_id" and "speaker"
// being null when its speaker is unknown; without --json, a plain-text
// report.
//
// A directory is walked recursively for *.txt files, in lexical order.
// Inputs are analysed in parallel on all cores, and printed in input
// order. When standard error is a terminal, a progress line is kept there.
// An input that cannot be read (missing, unreadable, invalid UTF-8) is
// reported on standard error as one line and skipped; the others are still
// processed, and the exit status is 1. A JSON object is written whole or
// not at all.
func runAnalyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	asJSON := false
	paths, status, ok := parseArgs("analyze", "[--json] [FILE|DIR...]", args, stderr, map[string]*bool{"json": &asJSON}, nil)
	if !ok {
		return status
	}
	inputs := expandInputs(paths, func(err error) {
		fmt.Fprintf(stderr, "sokhan: %v\n", err)
		status = 1
	})
	if len(paths) == 0 {
		inputs = []string{"-"}
	}
	render := renderText
	if asJSON {
		render = renderJSON
	}
	prog := newProgress(stderr, len(inputs))
	out := bufio.NewWriterSize(stdout, 64<<10)
	analyzeAll(inputs, stdin, render, func(r analyzed) {
		if r.err != nil {
			prog.clear()
			fmt.Fprintf(stderr, "sokhan: %s\n", strings.TrimSpace(r.err.Error()))
			status = 1
		} else {
			out.Write(r.out)
		}
		prog.step(r.size)
	})
	prog.clear()
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "sokhan: %v\n", err)
		status = 1
	}
	return status
}

// expandInputs replaces each directory in paths by the *.txt files below
// it, recursively and in lexical order. Other paths are kept as given, so
// that a missing file is reported when it is read. Errors met while walking
// go to report.
func expandInputs(paths []string, report func(error)) []string {
	var out []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil || !fi.IsDir() {
			out = append(out, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				report(cleanErr(path, err))
				if d != nil && d.IsDir() && path != p {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), ".txt") {
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			report(cleanErr(p, err))
		}
	}
	return out
}

// analyzed is the outcome of one input: its rendered output or its error,
// and its size in bytes for the progress line.
type analyzed struct {
	out  []byte
	err  error
	size int
}

// analyzeAll analyses inputs on a pool of GOMAXPROCS workers and calls emit
// with each outcome in input order. At most a few outcomes per worker wait
// for their turn, so memory stays bounded on large corpora.
func analyzeAll(inputs []string, stdin io.Reader, render func(name string, d *sokhan.Document) ([]byte, error), emit func(analyzed)) {
	workers := min(runtime.GOMAXPROCS(0), max(len(inputs), 1))
	results := make([]chan analyzed, len(inputs))
	for i := range results {
		results[i] = make(chan analyzed, 1)
	}
	window := make(chan struct{}, 4*workers)
	jobs := make(chan int)
	go func() {
		for i := range inputs {
			window <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()
	for range workers {
		go func() {
			for i := range jobs {
				name, text, err := readInput(inputs[i], stdin)
				if err != nil {
					results[i] <- analyzed{err: err}
					continue
				}
				out, err := render(name, sokhan.Analyze(text))
				results[i] <- analyzed{out: out, err: err, size: len(text)}
			}
		}()
	}
	for i := range results {
		r := <-results[i]
		<-window
		emit(r)
	}
}

// Document JSON, as DESIGN.md specifies it.
type (
	docJSON struct {
		File      string       `json:"file"`
		Text      string       `json:"text"`
		Sentences []spanJSON   `json:"sentences"`
		Entities  []entityJSON `json:"entities"`
		Quotes    []quoteJSON  `json:"quotes"`
		Summary   []spanJSON   `json:"summary"`
	}
	spanJSON struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
	}
	entityJSON struct {
		ID       int           `json:"id"`
		Type     string        `json:"type"`
		Name     string        `json:"name"`
		Role     string        `json:"role"`
		Mentions []mentionJSON `json:"mentions"`
	}
	mentionJSON struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Kind  string `json:"kind"`
	}
	quoteJSON struct {
		SpeakerID *int    `json:"speaker_id"` // null when unknown
		Speaker   *string `json:"speaker"`    // null when unknown
		Cue       string  `json:"cue"`
		Text      string  `json:"text"`
		Start     int     `json:"start"`
		End       int     `json:"end"`
		Direct    bool    `json:"direct"`
	}
)

// documentJSON converts d to its JSON form; file names the input.
func documentJSON(file string, d *sokhan.Document) docJSON {
	span := func(sp tokenize.Span) spanJSON { return spanJSON{sp.Start, sp.End, d.Text[sp.Start:sp.End]} }
	j := docJSON{
		File:      file,
		Text:      d.Text,
		Sentences: make([]spanJSON, 0, len(d.Sentences)),
		Entities:  make([]entityJSON, 0, len(d.Entities)),
		Quotes:    make([]quoteJSON, 0, len(d.Quotes)),
		Summary:   make([]spanJSON, 0, len(d.Summary)),
	}
	for _, s := range d.Sentences {
		j.Sentences = append(j.Sentences, span(s.Span))
	}
	for _, e := range d.Entities {
		ej := entityJSON{ID: e.ID, Type: e.Kind.String(), Name: e.Name, Role: e.Role, Mentions: make([]mentionJSON, 0, len(e.Mentions))}
		for _, m := range e.Mentions {
			ej.Mentions = append(ej.Mentions, mentionJSON{m.Start, m.End, m.Text, m.Form.String()})
		}
		j.Entities = append(j.Entities, ej)
	}
	for _, q := range d.Quotes {
		qj := quoteJSON{Cue: q.Cue, Text: d.QuoteText(q), Start: q.Content.Start, End: q.Content.End, Direct: q.Direct}
		if q.Speaker >= 0 {
			id, name := q.Speaker, q.SpeakerName
			qj.SpeakerID, qj.Speaker = &id, &name
		}
		j.Quotes = append(j.Quotes, qj)
	}
	for _, i := range d.Summary {
		if i >= 0 && i < len(d.Sentences) {
			j.Summary = append(j.Summary, span(d.Sentences[i].Span))
		}
	}
	return j
}

// renderJSON renders d as one line of JSON, without HTML escaping.
func renderJSON(file string, d *sokhan.Document) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(documentJSON(file, d)); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	return b.Bytes(), nil
}

// renderText renders d as a plain-text report: counts, people, countries,
// organizations, locations, quotes and the summary.
func renderText(file string, d *sokhan.Document) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "== %s\n", file)
	fmt.Fprintf(&b, "%d sentences, %d tokens, %d entities, %d quotes\n",
		len(d.Sentences), len(d.Tokens), len(d.Entities), len(d.Quotes))
	for _, k := range []struct {
		kind  entity.Kind
		title string
	}{{entity.Person, "People"}, {entity.Country, "Countries"}, {entity.Organization, "Organizations"}, {entity.Location, "Locations"}} {
		var es []entity.Entity
		for _, e := range d.Entities {
			if e.Kind == k.kind {
				es = append(es, e)
			}
		}
		if len(es) == 0 {
			continue
		}
		slices.SortStableFunc(es, func(a, b entity.Entity) int { return cmp.Compare(len(b.Mentions), len(a.Mentions)) })
		fmt.Fprintf(&b, "%s:\n", k.title)
		for _, e := range es {
			if e.Role != "" {
				fmt.Fprintf(&b, "  %s (%s): %s\n", e.Name, e.Role, plural(len(e.Mentions), "mention"))
			} else {
				fmt.Fprintf(&b, "  %s: %s\n", e.Name, plural(len(e.Mentions), "mention"))
			}
		}
	}
	if len(d.Quotes) > 0 {
		fmt.Fprintf(&b, "Quotes:\n")
		for _, q := range d.Quotes {
			who := q.SpeakerName
			if who == "" {
				who = "(unknown)"
			}
			kind := ""
			if !q.Direct {
				kind = " (indirect)"
			}
			fmt.Fprintf(&b, "  %s — %s%s: «%s»\n", who, q.Cue, kind, oneLine(d.QuoteText(q)))
		}
	}
	if len(d.Summary) > 0 {
		fmt.Fprintf(&b, "Summary:\n")
		for _, i := range d.Summary {
			fmt.Fprintf(&b, "  %s\n", oneLine(d.SentenceText(i)))
		}
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// progress keeps a one-line progress report on a terminal.
type progress struct {
	w     io.Writer // nil when not a terminal
	total int
	done  int
	bytes int
	start time.Time
	shown bool
}

func newProgress(stderr io.Writer, total int) *progress {
	p := &progress{total: total, start: time.Now()}
	if f, ok := stderr.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.w = stderr
		}
	}
	return p
}

func (p *progress) step(n int) {
	p.done++
	p.bytes += n
	if p.w == nil || p.total < 2 {
		return
	}
	secs := max(time.Since(p.start).Seconds(), 1e-9)
	fmt.Fprintf(p.w, "\r\033[Ksokhan: %d/%d files, %.1f MB, %.1f MB/s", p.done, p.total,
		float64(p.bytes)/1e6, float64(p.bytes)/1e6/secs)
	p.shown = true
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

// plural formats n with the singular or plural of noun.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
