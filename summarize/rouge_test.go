package summarize

// The ROUGE evaluation of Summary against agency leads.
//
// On ../shared/corpus/news-summaries.jsonl (746 news articles, each with the
// lead its agency wrote), TestROUGE normalizes every article, splits it,
// takes Summary(..., 1) and scores its sentence with a Go port of
// ../shared/tools/rouge.py against the lead, in two ways:
//
//   - whole, the sentence as it stands in the text, against the Lead-1
//     baseline scored exactly as rouge.py does it (its own sentence splitter
//     on the raw text); the test asserts that the port reproduces rouge.py's
//     figures;
//   - through Trim (without a leading «به گزارش ...،», as `sokhan summary`
//     prints it), against Lead-1 through Trim the same way.
//
// The test fails unless, in each comparison, the summary beats the baseline
// by rougeWholeGain or rougeTrimGain ROUGE-1 and does not fall below it on
// ROUGE-2 or ROUGE-L. The target, 0.02 over Lead-1 on whole
// sentences, is reached: the whole-sentence gain is 0.029 (R1 0.3388, R2
// 0.1640, RL 0.2693 against 0.3095, 0.1389, 0.2399); through Trim,
// 0.3504/0.1737/0.2816 against 0.3219/0.1492/0.2538 for Lead-1 through
// Trim. These full-fit figures are about 0.0075 above what unseen articles
// get (see the cross-validation below): the word table was counted on
// these very leads.
// To reproduce the figures with rouge.py itself:
//
//	go test ./summarize -run TestROUGE -v -rouge.sys=/tmp/sys.jsonl -rouge.py
//
// writes the whole-sentence summaries ({"id","summary"} lines) to
// /tmp/sys.jsonl and the trimmed ones to /tmp/sys.trim.jsonl, and runs
// `python3 ../shared/tools/rouge.py score CORPUS FILE` on both and
// `rouge.py lead 1 CORPUS`, logging the lines. The test skips when the
// corpus is absent.
//
// Both models of Summary (leadModel, scoreModel) and the word table
// leadLex (data/leadlex.txt) were fitted on the same corpus;
//
//	go test ./summarize -run TestFitModels -v -rouge.fit
//
// refits them, checks the coefficients and the table, and logs a 2-fold
// cross-validation (each half of the corpus summarized with the models and
// the table fitted on the other half only): whole sentences R1 0.3295, R2
// 0.1547, RL 0.2606; through Trim 0.3405, 0.1642, 0.2727. Over 8 random
// halvings the whole-sentence ROUGE-1 averages 0.3313 (0.3299 to 0.3327),
// which the test also logs. A single split's figure moves by ±0.002 with
// the split alone, more than most changes to the models: judge a change by
// the mean over the random splits (and the paired differences split by
// split), not by one split or the full fit.
//
// Before leadLex the figures were: full fit 0.3289/0.1546/0.2591 whole
// (gain 0.019, short of the target), 0.3396/0.1638/0.2709 trimmed; 2-fold
// CV 0.3272 whole, 0.3385 trimmed; mean over the 8 random halvings 0.3259
// (0.3243 to 0.3292), over 16 halvings 0.3255. leadLex, the lead log-ratio
// of each word seen in at least 2% of the articles (how much more often the
// word is in the lead than the word model, without it, predicts, smoothed
// by 5 articles), entered as one more feature of the word model (kwLex),
// raised the mean to 0.3301 over 8 halvings and 0.3299 over 16 (+0.004 on
// both), the even/odd split to 0.3286. Within each fold the table is
// computed from the training half only, and the rows the two models are
// fitted on see tables cross-fitted over inner folds (a row never sees a
// table counting its own article, which would make the feature look
// better than it is on unseen text). The sentence feature sfLex (the sum
// of the sentence's words' log-ratios over L+R) and 8 inner folds instead
// of 4 then raised the mean to 0.3313 over 8 halvings and 0.3308 over 16
// (+0.0011 over 16, better on 14 of the 16 splits). Variants of the table:
// smoothing by 1, 2, 5, 10 or 20 articles and a minimum of 3 to 20
// articles (per half) all land between 0.3282 and 0.3304 (8 halvings,
// before sfLex); clipping the ratios to ±1 or ±0.75, 0.3299 and 0.3293;
// leaving stop words out of the table, 0.3276 (much of the gain is «گفت»,
// which agency leads use in «X گفت: ...» far more than bodies do, and the
// body's «افزود», «وی», «اظهار» that leads avoid). Tried with leadLex and
// found not to help: the log-ratio times «first seen in the first
// sentence» or times «stop word» as further word features (0.3300 over 8
// halvings; 0.3308 over 16 with sfLex), an indicator of a word being in
// the table (0.3309 over 8), leadWords 22 or 32 instead of 27 (0.3305,
// 0.3309 over 16), and fitting the sentence model listwise (Adam on the
// mean softmax-weighted ROUGE-1 of each article's sentences, from the
// least-squares fit, β 10 to 100): 0.3232 to 0.3287 over 8, it overfits.
// Over 16 halvings, against 0.3308 with sfLex: sfLex times sfPos0 as a
// further sentence feature, 0.3311; labelling the word model's rows by
// exact surface match (the word's rouge.py words all in the lead's, not
// only its fold key), 0.3301, the even/odd split 0.3300 (of the words that
// match a lead's word by fold key, 96% also match as rouge.py's words, 81%
// of those the stemmer changed, so exact-surface matching has little room);
// the expected F1 against a lead length predicted per article by a
// regression on ln(1+body words), fitted within each fold (R ≈ 0.56 +
// 4.91·ln(1+words) on the whole corpus), as a sentence feature beside the
// fixed-length one, 0.3315 (better on 13 of 16 splits, +0.0007: at the
// noise floor, and not taken for a second fitted model).
//
// Changes tried and found not to help (mean within ±0.0005): a margin
// the best sentence must beat the first one by (an offset on sfPos0, tuned
// per fold), a ridge of 0.003 to 0.1, per-article row weights, targets
// scaled by the article's best or 0/1 for its best, a re-ranker fitted on
// the top 2 to 10 sentences, first-sentence features (short, share after
// «:»), the squared length deviation, the expected overlap counting a
// word's ZWNJ parts, a lead-length prior over the corpus's lead-length
// octiles, word-length and df-share word features, and (before leadLex) a
// lead length predicted per article from the log of its body's words
// (R = 0.56 + 4.91·ln(1+words), correlation 0.48 with the lead's length)
// in place of the fixed leadWords in the expected F1: 0.3255.

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sokhan-nlp/sokhan/normalize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

var (
	rougeSys = flag.String("rouge.sys", "", "write the n=1 summaries of the ROUGE corpus to this JSONL file")
	rougePy  = flag.Bool("rouge.py", false, "also score with python3 ../shared/tools/rouge.py (needs -rouge.sys)")
	rougeFit = flag.Bool("rouge.fit", false, "refit leadModel on the ROUGE corpus, with 2-fold cross-validation")
	rougeLex = flag.String("rouge.lex", "", "with -rouge.fit, write the fitted lead log-ratios (data/leadlex.txt) to this file")
)

const (
	sharedDir   = "../../shared"
	rougeCorpus = sharedDir + "/corpus/news-summaries.jsonl"
	rougeScript = sharedDir + "/tools/rouge.py"
	// What Summary reaches over Lead-1 in ROUGE-1: shown whole (the
	// issue's target is 0.02), and trimmed against Lead-1 trimmed.
	rougeWholeGain = 0.020
	rougeTrimGain  = 0.020
)

// newsDoc is one line of news-summaries.jsonl.
type newsDoc struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Text    string `json:"text"`
	Summary string `json:"summary"`
}

func loadNews(t testing.TB) []newsDoc {
	t.Helper()
	f, err := os.Open(rougeCorpus)
	if err != nil {
		t.Skipf("ROUGE corpus absent: %v", err)
	}
	defer f.Close()
	var docs []newsDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for sc.Scan() {
		var d newsDoc
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
		docs = append(docs, d)
	}
	require.NoError(t, sc.Err())
	return docs
}

// rougeScores are mean ROUGE-1, ROUGE-2 and ROUGE-L F1 over documents.
type rougeScores struct{ R1, R2, RL float64 }

func (s rougeScores) String() string {
	return fmt.Sprintf("R1=%.4f R2=%.4f RL=%.4f", s.R1, s.R2, s.RL)
}

// meanRouge scores system summaries against references, as rouge.py's
// report does: the mean of per-document F1.
func meanRouge(sys, refs []string) rougeScores {
	var tot rougeScores
	for i := range sys {
		r1, r2, rl := rouge(sys[i], refs[i])
		tot.R1 += r1
		tot.R2 += r2
		tot.RL += rl
	}
	n := float64(max(1, len(sys)))
	return rougeScores{tot.R1 / n, tot.R2 / n, tot.RL / n}
}

func TestROUGE(t *testing.T) {
	docs := loadNews(t)
	refs := make([]string, len(docs))
	lead := make([]string, len(docs))
	leadTrim := make([]string, len(docs)) // Lead-1 through Trim
	sys := make([]string, len(docs))      // trimmed, as `sokhan summary` prints
	whole := make([]string, len(docs))    // the same sentences, whole
	for i, d := range docs {
		refs[i] = d.Summary
		if s := pySentences(d.Text); len(s) > 0 {
			lead[i] = s[0]
		}
		leadTrim[i] = trimmedLead(d.Text)
		sys[i], whole[i] = summarize1(d.Text)
	}
	base := meanRouge(lead, refs)
	baseTrim := meanRouge(leadTrim, refs)
	got := meanRouge(whole, refs)
	gotTrim := meanRouge(sys, refs)
	t.Logf("docs=%d lead-1:                    %v", len(docs), base)
	t.Logf("docs=%d summary, whole sentences:  %v", len(docs), got)
	t.Logf("docs=%d lead-1 through Trim:       %v", len(docs), baseTrim)
	t.Logf("docs=%d summary through Trim:      %v", len(docs), gotTrim)
	// Scraped articles often open with their title on a line of its own
	// (as in news.txt): a heading, never the summary, so the summary holds.
	titled := make([]string, len(docs))
	for i, d := range docs {
		_, titled[i] = summarize1(d.Title + "\n" + d.Text)
	}
	withTitle := meanRouge(titled, refs)
	t.Logf("docs=%d summary, whole, title line before the text: %v", len(docs), withTitle)
	assert.InDelta(t, got.R1, withTitle.R1, 0.01, "a title line changes the summaries")

	// The port must agree with rouge.py on the published baseline.
	if len(docs) == 746 {
		assert.InDelta(t, 0.3095, base.R1, 0.00006, "ROUGE-1 of Lead-1 differs from rouge.py")
		assert.InDelta(t, 0.1389, base.R2, 0.00006, "ROUGE-2 of Lead-1 differs from rouge.py")
		assert.InDelta(t, 0.2399, base.RL, 0.00006, "ROUGE-L of Lead-1 differs from rouge.py")
	}
	// Whole sentences against Lead-1: the honest comparison.
	assert.GreaterOrEqual(t, got.R1, base.R1+rougeWholeGain, "whole sentences: ROUGE-1 must beat Lead-1 by %.3f", rougeWholeGain)
	assert.GreaterOrEqual(t, got.R2, base.R2, "whole sentences: ROUGE-2 below Lead-1")
	assert.GreaterOrEqual(t, got.RL, base.RL, "whole sentences: ROUGE-L below Lead-1")
	// Trimmed against Lead-1 trimmed the same way.
	assert.GreaterOrEqual(t, gotTrim.R1, baseTrim.R1+rougeTrimGain, "trimmed: ROUGE-1 must beat trimmed Lead-1 by %.3f", rougeTrimGain)
	assert.GreaterOrEqual(t, gotTrim.R2, baseTrim.R2, "trimmed: ROUGE-2 below trimmed Lead-1")
	assert.GreaterOrEqual(t, gotTrim.RL, baseTrim.RL, "trimmed: ROUGE-L below trimmed Lead-1")

	if *rougeSys != "" {
		writeSys(t, *rougeSys, docs, whole)
		trimPath := strings.TrimSuffix(*rougeSys, ".jsonl") + ".trim.jsonl"
		writeSys(t, trimPath, docs, sys)
		if *rougePy {
			runRougePy(t, "score", rougeCorpus, *rougeSys)
			runRougePy(t, "score", rougeCorpus, trimPath)
			runRougePy(t, "lead", "1", rougeCorpus)
		}
	}
}

// trimmedLead is Lead-1 shown as Summary's sentences are shown: the first
// sentence of the normalized, split text with more than three words
// (rouge.py's rule), through Trim.
func trimmedLead(raw string) string {
	text := normalize.String(raw)
	tokens, sentences := tokenize.Split(text)
	for _, s := range sentences {
		if len(rougeWords(text[s.Start:s.End])) > 3 {
			sp := Trim(text, s, tokens)
			return text[sp.Start:sp.End]
		}
	}
	return ""
}

// summarize1 runs the pipeline `sokhan summary -n 1` runs: normalize,
// split, Summary with n = 1, and Trim; it returns the summary and the whole
// chosen sentence.
func summarize1(raw string) (summary, sentence string) {
	return summarizeWith(&leadModel, &scoreModel, leadLex(), raw)
}

// summarizeWith is summarize1 with the given word and sentence models.
func summarizeWith(m *keyModel, sm *sentModel, lex *leadTable, raw string) (summary, sentence string) {
	text := normalize.String(raw)
	tokens, sentences := tokenize.Split(text)
	d := sumDoc{model: m, smodel: sm, lex: lex}
	d.build(sentences, tokens)
	idx := d.pick(1)
	if len(idx) == 0 {
		return "", ""
	}
	s := Trim(text, sentences[idx[0]], tokens)
	f := sentences[idx[0]].Span
	return text[s.Start:s.End], text[f.Start:f.End]
}

func writeSys(t *testing.T, path string, docs []newsDoc, sys []string) {
	t.Helper()
	f, err := os.Create(path)
	require.NoError(t, err)
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, d := range docs {
		require.NoError(t, enc.Encode(struct {
			ID      string `json:"id"`
			Summary string `json:"summary"`
		}{d.ID, sys[i]}))
	}
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())
}

func runRougePy(t *testing.T, args ...string) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found: rouge.py not run")
		return
	}
	script, _ := filepath.Abs(rougeScript)
	out, err := exec.Command(py, append([]string{script}, args...)...).CombinedOutput()
	require.NoError(t, err, "%s", out)
	t.Logf("rouge.py %s: %s", args[0], strings.TrimSpace(string(out)))
}

// TestFitModels reproduces Summary's two models and its word table from
// the corpus. The word model (leadModel) is a logistic regression over the
// distinct folded words of every article, labelled by whether the word's
// key occurs among the keys of the agency's lead. Its last feature, kwLex,
// is the word's entry in leadLex: fitted first without it, the model's
// predictions give, per key over the articles, the expected number of
// leads holding it, and the table is the smoothed log-ratio of the
// observed number to that (lexTable). The sentence model (scoreModel) is a
// least-squares fit of every eligible sentence's whole-sentence ROUGE-1
// against the lead, on its features, centred per article (only the order
// of an article's sentences matters), with a small ridge. Both models are
// fitted on rows whose kwLex comes from a table of the other lexFolds-1
// inner folds of the articles being fitted on. The test checks the
// coefficients fitted on the whole corpus against the ones in summary.go
// and the table against data/leadlex.txt, and logs a 2-fold
// cross-validation: each half of the corpus summarized with both models
// and the table fitted on the other half. Run it with
//
//	go test ./summarize -run TestFitModels -v -rouge.fit
//
// and add -rouge.lex=data/leadlex.txt to rewrite the table.
func TestFitModels(t *testing.T) {
	if !*rougeFit {
		t.Skip("needs -rouge.fit")
	}
	docs := loadNews(t)
	prepared := make([]preparedDoc, len(docs))
	keyRows := make([][]keyRow, len(docs))
	for i, d := range docs {
		prepared[i] = prepareDoc(d)
		keyRows[i] = leadRows(d)
	}
	fit := func(keep func(i int) bool) (keyModel, sentModel, map[uint64]float32) {
		var base []keyRow
		for i, r := range keyRows {
			if keep(i) {
				base = append(base, r...)
			}
		}
		km0 := fitLogistic(base)
		// Cross-fitted lexical tables: rows of inner fold j see the table of
		// the other inner folds.
		inner := func(i int) int { return int(splitMix(uint64(i)^0x5eed) % lexFolds) }
		var tables [lexFolds]map[uint64]float32
		for j := range lexFolds {
			tables[j] = lexTable(keyRows, &km0, func(i int) bool { return keep(i) && inner(i) != j })
		}
		full := lexTable(keyRows, &km0, keep)
		var all []keyRow
		for i, r := range keyRows {
			if keep(i) {
				for _, row := range r {
					row.x[kwLex] = float64(tables[inner(i)][row.key])
					all = append(all, row)
				}
			}
		}
		km := fitLogistic(all)
		rows := make([]sentRows, len(docs))
		for i := range prepared {
			if keep(i) {
				rows[i] = prepared[i].rows(&km, newLeadTable(tables[inner(i)]))
			}
		}
		return km, fitSentences(rows), full
	}
	km, sm, lex := fit(func(int) bool { return true })
	t.Logf("leadLex: %d words", len(lex))
	t.Logf("leadModel: %.3f", km[:])
	t.Logf("scoreModel: %.3f", sm[:])
	for i := range km {
		assert.InDelta(t, leadModel[i], km[i], 0.01, "leadModel coefficient %d", i)
	}
	for i := range sm {
		assert.InDelta(t, scoreModel[i], sm[i], 0.01, "scoreModel coefficient %d", i)
	}
	table := lexFile(keyRows, lex)
	if *rougeLex != "" {
		require.NoError(t, os.WriteFile(*rougeLex, []byte(table), 0o644))
	}
	assert.Equal(t, table, leadLexTxt, "data/leadlex.txt differs from the fit: regenerate it with -rouge.lex=data/leadlex.txt")
	// crossValidate summarizes each half of the corpus, as split by half,
	// with both models fitted on the other half.
	crossValidate := func(half func(i int) int) (whole, trimmed rougeScores) {
		var wh, tr, refs [2][]string
		for fold := range 2 {
			fkm, fsm, flex := fit(func(i int) bool { return half(i) != fold })
			for i, d := range docs {
				if half(i) != fold {
					continue
				}
				trim, w := summarizeWith(&fkm, &fsm, newLeadTable(flex), d.Text)
				wh[fold] = append(wh[fold], w)
				tr[fold] = append(tr[fold], trim)
				refs[fold] = append(refs[fold], d.Summary)
			}
		}
		all := func(x [2][]string) []string { return append(slices.Clone(x[0]), x[1]...) }
		return meanRouge(all(wh), all(refs)), meanRouge(all(tr), all(refs))
	}
	whole, trimmed := crossValidate(func(i int) int { return i % 2 })
	t.Logf("2-fold cross-validation, whole sentences: %v", whole)
	t.Logf("2-fold cross-validation, trimmed:         %v", trimmed)
	// One split's figure moves by about ±0.002 ROUGE-1 with the split
	// alone: a change to the models counts only if it holds over several.
	var r1 []float64
	for seed := range uint64(cvSplits) {
		w, _ := crossValidate(func(i int) int { return int(splitMix(uint64(i)^seed<<32) & 1) })
		r1 = append(r1, w.R1)
	}
	mean := 0.0
	for _, v := range r1 {
		mean += v / float64(len(r1))
	}
	t.Logf("2-fold cross-validation over %d random splits, whole-sentence ROUGE-1: mean %.4f, min %.4f, max %.4f",
		len(r1), mean, slices.Min(r1), slices.Max(r1))
}

// cvSplits is the number of random halvings TestFitModels cross-validates
// over, besides the even/odd one.
const cvSplits = 8

// splitMix is the SplitMix64 finalizer: a fixed pseudo-random hash.
func splitMix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// preparedDoc is an article split, with every sentence's ROUGE-1 against
// the lead.
type preparedDoc struct {
	text      string
	tokens    []tokenize.Token
	sentences []tokenize.Sentence
	r1        []float64 // whole-sentence ROUGE-1 per sentence
}

func prepareDoc(d newsDoc) preparedDoc {
	text := normalize.String(d.Text)
	tokens, sentences := tokenize.Split(text)
	p := preparedDoc{text: text, tokens: tokens, sentences: sentences, r1: make([]float64, len(sentences))}
	for i, s := range sentences {
		p.r1[i], _, _ = rouge(text[s.Start:s.End], d.Summary)
	}
	return p
}

// sentRows are the features and ROUGE-1 of an article's eligible sentences.
type sentRows struct {
	x [][nSF]float64
	y []float64
}

func (p *preparedDoc) rows(km *keyModel, lex *leadTable) sentRows {
	d := sumDoc{model: km, smodel: &scoreModel, lex: lex}
	d.build(p.sentences, p.tokens)
	w, central, simFirst := d.weights()
	var r sentRows
	for i := range d.sents {
		if d.sents[i].eligible {
			r.x = append(r.x, d.features(i, w, central, simFirst))
			r.y = append(r.y, p.r1[i])
		}
	}
	return r
}

// fitSentences fits the sentence model: least squares of ROUGE-1 on the
// features, both centred per article, with a ridge of 0.001 times each
// feature's own sum of squares; solved by Gauss-Jordan elimination.
func fitSentences(docs []sentRows) sentModel {
	var a [nSF][nSF + 1]float64
	for _, d := range docs {
		if len(d.x) == 0 {
			continue
		}
		var mx [nSF]float64
		my := 0.0
		for i, x := range d.x {
			for f, v := range x {
				mx[f] += v / float64(len(d.x))
			}
			my += d.y[i] / float64(len(d.x))
		}
		for i, x := range d.x {
			var z [nSF]float64
			for f, v := range x {
				z[f] = v - mx[f]
			}
			y := d.y[i] - my
			for p := range nSF {
				if z[p] == 0 {
					continue
				}
				for q := range nSF {
					a[p][q] += z[p] * z[q]
				}
				a[p][nSF] += z[p] * y
			}
		}
	}
	for p := range nSF {
		a[p][p] *= 1.001
	}
	for c := range nSF {
		p := c
		for r := c + 1; r < nSF; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		if a[c][c] == 0 {
			continue
		}
		for r := range nSF {
			if r == c {
				continue
			}
			f := a[r][c] / a[c][c]
			for k := c; k <= nSF; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	var m sentModel
	for f := range nSF {
		if a[f][f] != 0 {
			m[f] = a[f][nSF] / a[f][f]
		}
	}
	return m
}

// keyRow is one word of one article: the model's features and whether the
// word is in the lead.
type keyRow struct {
	x    [nKW]float64
	y    float64
	key  uint64 // the word's fold key
	word string // the word as it first stands in the article
}

// How TestFitModels derives the lead log-ratios of leadLex: smoothed by
// lexSmooth articles, over words seen in at least lexMinShare of the
// articles, cross-fitted over lexFolds folds for fitting the models.
const (
	lexSmooth   = 5.0
	lexMinShare = 0.02
	lexFolds    = 8
)

// lexTable returns the lead log-ratio of every key seen in at least
// lexMinShare of the kept articles: log((observed+a)/(expected+a)), a =
// lexSmooth, observed the number of those articles whose lead holds the key
// and expected the number km (whose kwLex is ignored) predicts. It is how
// much more, or less, often the word is in the lead than its place in the
// article tells.
func lexTable(keyRows [][]keyRow, km *keyModel, keep func(i int) bool) map[uint64]float32 {
	type stat struct{ n, obs, exp float64 }
	st := map[uint64]*stat{}
	for i, r := range keyRows {
		if !keep(i) {
			continue
		}
		for _, row := range r {
			z := 0.0
			for f, v := range row.x {
				if f != kwLex {
					z += km[f] * v
				}
			}
			s := st[row.key]
			if s == nil {
				s = &stat{}
				st[row.key] = s
			}
			s.n++
			s.obs += row.y
			s.exp += 1 / (1 + math.Exp(-z))
		}
	}
	kept := 0
	for i := range keyRows {
		if keep(i) {
			kept++
		}
	}
	minN := math.Ceil(lexMinShare * float64(kept))
	out := map[uint64]float32{}
	for k, s := range st {
		if s.n >= minN {
			out[k] = float32(math.Log((s.obs + lexSmooth) / (s.exp + lexSmooth)))
		}
	}
	return out
}

// lexFile returns the text of data/leadlex.txt for the table lex: each key
// shown as the form its articles most often first write it in (the
// bytewise least among equals), with its log-ratio to two decimals.
func lexFile(keyRows [][]keyRow, lex map[uint64]float32) string {
	forms := map[uint64]map[string]int{}
	for _, r := range keyRows {
		for _, row := range r {
			if _, ok := lex[row.key]; !ok {
				continue
			}
			if forms[row.key] == nil {
				forms[row.key] = map[string]int{}
			}
			forms[row.key][row.word]++
		}
	}
	var lines []string
	for k, v := range lex {
		best, bestN := "", 0
		for w, n := range forms[k] {
			if n > bestN || (n == bestN && w < best) {
				best, bestN = w, n
			}
		}
		lines = append(lines, fmt.Sprintf("%s\t%.2f", best, v))
	}
	slices.Sort(lines)
	var b strings.Builder
	b.WriteString(lexHeader)
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

const lexHeader = `# Lead log-ratios of words for Summary (kwLex in summary.go), derived from the ROUGE
# corpus (../shared/corpus/news-summaries.jsonl: 746 news articles with their agency's
# lead), which is not part of the module: only these statistics are. For every word
# (by its fold key, written in its most frequent form) seen in at least 2% of the
# articles (15), the natural logarithm of (A + 5) / (E + 5): A the number of articles
# whose lead holds the word, E the number the word model without this table predicts.
# Generated; do not edit. Regenerate with
#   go test ./summarize -run TestFitModels -rouge.fit -rouge.lex=data/leadlex.txt
# Fields: WORD, LOG-RATIO. Sorted bytewise, unique.
`

// leadRows returns the rows of one article.
func leadRows(d newsDoc) []keyRow {
	text := normalize.String(d.Text)
	tokens, sentences := tokenize.Split(text)
	doc := sumDoc{model: &leadModel, smodel: &scoreModel}
	doc.build(sentences, tokens)
	if len(doc.sents) == 0 {
		return nil
	}
	inLead := map[uint64]bool{}
	for tk := range tokenize.Tokens(normalize.String(stripAgency(d.Summary))) {
		inLead[wordKey(tk.Text)] = true
	}
	// Key ids are given in order of first appearance, over the tokens build
	// reads: replay that order to label each id.
	ids := map[uint64]int{}
	var label []float64
	var keys []uint64
	var words []string
	for si, s := range sentences {
		toks := tokens[s.Tokens.Start:s.Tokens.End]
		if doc.sents[si].heading {
			continue
		}
		for ti := attributionPrefix(toks); ti < len(toks); ti++ {
			switch toks[ti].Kind {
			case tokenize.Word, tokenize.Number, tokenize.Latin:
			default:
				continue
			}
			h := wordKey(toks[ti].Text)
			if _, ok := ids[h]; !ok {
				ids[h] = len(label)
				y := 0.0
				if inLead[h] {
					y = 1
				}
				label = append(label, y)
				keys = append(keys, h)
				words = append(words, toks[ti].Text)
			}
		}
	}
	if len(label) != len(doc.info) {
		panic("leadRows: key order differs from build")
	}
	logN := math.Log(float64(doc.body))
	rows := make([]keyRow, len(doc.info))
	for i, k := range doc.info {
		rows[i] = keyRow{keyFeatures(k, logN, 1/float64(doc.body)), label[i], keys[i], words[i]}
	}
	return rows
}

// fitLogistic fits a logistic regression by Newton's method, with a small
// ridge for stability.
func fitLogistic(rows []keyRow) keyModel {
	var w keyModel
	for iter := 0; iter < 25; iter++ {
		var g [nKW]float64
		var h [nKW][nKW + 1]float64
		for _, r := range rows {
			z := 0.0
			for i, v := range r.x {
				z += w[i] * v
			}
			p := 1 / (1 + math.Exp(-z))
			for i, vi := range r.x {
				g[i] += (p - r.y) * vi
				if vi == 0 {
					continue
				}
				for j, vj := range r.x {
					h[i][j] += p * (1 - p) * vi * vj
				}
			}
		}
		for i := range h {
			h[i][i] += 1e-6 * float64(len(rows))
			h[i][nKW] = g[i]
		}
		// Solve h·step = g by Gauss-Jordan elimination with partial pivoting.
		for c := 0; c < nKW; c++ {
			p := c
			for r := c + 1; r < nKW; r++ {
				if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
					p = r
				}
			}
			h[c], h[p] = h[p], h[c]
			for r := 0; r < nKW; r++ {
				if r == c || h[c][c] == 0 {
					continue
				}
				f := h[r][c] / h[c][c]
				for k := c; k <= nKW; k++ {
					h[r][k] -= f * h[c][k]
				}
			}
		}
		change := 0.0
		for i := range w {
			if h[i][i] != 0 {
				step := h[i][nKW] / h[i][i]
				w[i] -= step
				change = max(change, math.Abs(step))
			}
		}
		if change < 1e-7 {
			break
		}
	}
	return w
}

// TestRougePort checks the Go port of rouge.py on small cases worked by hand.
func TestRougePort(t *testing.T) {
	// Word lists: letter and digit unification, ZWNJ and punctuation as space.
	assert.Equal(t, []string{"می", "شود", "کشور", "۱۲"}, rougeWords("مي\u200cشود، كشور 12."))
	// The agency prefix of a lead is dropped.
	assert.Equal(t, "متن", stripAgency("  خبرگزاري فارس :  متن"))
	r1, r2, rl := rouge("الف ب ج د", "خبرگزاری فارس: الف ب ج د")
	assert.Equal(t, []float64{1, 1, 1}, []float64{r1, r2, rl})
	r1, r2, rl = rouge("الف ب", "ب الف")
	assert.InDelta(t, 1.0, r1, 1e-12)
	assert.InDelta(t, 0.0, r2, 1e-12)
	assert.InDelta(t, 0.5, rl, 1e-12)
	// rouge.py's sentence splitter: after .!؟? and white space, or at line
	// breaks; parts of three words or fewer are dropped.
	assert.Equal(t, []string{"یک دو سه چهار.", "پنج شش هفت هشت"},
		pySentences("یک دو سه چهار. نه ده.\n\nپنج شش هفت هشت\nکوتاه"))
}

// --- A port of ../shared/tools/rouge.py ---

// rougeWords is rouge.py's words(): letters and digits unified, ZWNJ and
// every Unicode punctuation character replaced by a space, split on white
// space.
func rougeWords(s string) []string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == 'ي' || r == 'ى':
			r = 'ی'
		case r == 'ك':
			r = 'ک'
		case r == 'ة':
			r = 'ه'
		case '٠' <= r && r <= '٩':
			r = '۰' + r - '٠'
		case '0' <= r && r <= '9':
			r = '۰' + r - '0'
		case r == '\u200c' || unicode.IsPunct(r):
			r = ' '
		}
		b.WriteRune(r)
	}
	return strings.FieldsFunc(b.String(), pySpace)
}

// pySpace is Python's str.isspace.
func pySpace(r rune) bool {
	return unicode.IsSpace(r) || (0x1c <= r && r <= 0x1f)
}

// stripAgency is rouge.py's strip_prefix: «خبرگزاری فارس:» at the start.
func stripAgency(s string) string {
	s = strings.TrimLeftFunc(s, pySpace)
	for _, p := range []string{"خبرگزاری", "خبرگزاري"} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			rest, ok = strings.CutPrefix(rest, " فارس")
			if !ok {
				return s
			}
			rest = strings.TrimLeftFunc(rest, pySpace)
			if rest, ok = strings.CutPrefix(rest, ":"); ok {
				return strings.TrimLeftFunc(rest, pySpace)
			}
		}
	}
	return s
}

// pySentences is rouge.py's sentences(): split after [.!؟?] followed by
// white space, or at runs of line breaks; keep parts of more than three
// white-space separated words.
func pySentences(text string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if pySpace(r) && i > 0 {
			if p, _ := utf8.DecodeLastRuneInString(text[:i]); p == '.' || p == '!' || p == '؟' || p == '?' {
				j := i
				for j < len(text) {
					q, n := utf8.DecodeRuneInString(text[j:])
					if !pySpace(q) {
						break
					}
					j += n
				}
				parts = append(parts, text[start:i])
				start, i = j, j
				continue
			}
		}
		if r == '\n' {
			j := i
			for j < len(text) && text[j] == '\n' {
				j++
			}
			parts = append(parts, text[start:i])
			start, i = j, j
			continue
		}
		i += size
	}
	parts = append(parts, text[start:])
	out := parts[:0]
	for _, p := range parts {
		if len(strings.FieldsFunc(p, pySpace)) > 3 {
			out = append(out, p)
		}
	}
	return out
}

// rouge returns ROUGE-1, ROUGE-2 and ROUGE-L F1 of a system text against a
// reference, as rouge.py's rouge().
func rouge(sys, ref string) (r1, r2, rl float64) {
	s, r := rougeWords(sys), rougeWords(stripAgency(ref))
	r1 = rougeF1(rougeNgrams(s, r, 1), len(s), len(r))
	r2 = rougeF1(rougeNgrams(s, r, 2), max(0, len(s)-1), max(0, len(r)-1))
	rl = rougeF1(rougeLCS(s, r), len(s), len(r))
	return
}

func rougeF1(overlap, a, b int) float64 {
	if a == 0 || b == 0 || overlap == 0 {
		return 0
	}
	p, r := float64(overlap)/float64(a), float64(overlap)/float64(b)
	return 2 * p * r / (p + r)
}

// rougeNgrams is the size of the multiset intersection of the n-grams.
func rougeNgrams(a, b []string, n int) int {
	counts := map[string]int{}
	for i := 0; i+n <= len(b); i++ {
		counts[strings.Join(b[i:i+n], "\x00")]++
	}
	overlap := 0
	for i := 0; i+n <= len(a); i++ {
		k := strings.Join(a[i:i+n], "\x00")
		if counts[k] > 0 {
			counts[k]--
			overlap++
		}
	}
	return overlap
}

func rougeLCS(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for _, x := range a {
		cur[0] = 0
		for j, y := range b {
			if x == y {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
