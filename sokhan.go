package sokhan

import (
	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/normalize"
	"github.com/sokhan-nlp/sokhan/summarize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// Document is the analysis of one text. All spans in Tokens, Sentences,
// Entities and Quotes, and the sentence indices in Summary, refer to Text,
// the normalized text; Original is the input as given.
type Document struct {
	Original  string
	Text      string
	Tokens    []tokenize.Token
	Sentences []tokenize.Sentence
	Entities  []entity.Entity
	Quotes    []summarize.Quote
	Summary   []int // indices into Sentences, in document order
}

// Analyze runs the whole pipeline on text: it normalizes it
// (normalize.String), splits the result into tokens and sentences
// (tokenize.Split), finds its entities (entity.Extract), its quotes and
// their speakers (summarize.Quotes) and its summary (summarize.Summary,
// [DefaultSummarySentences] sentences unless [SummarySentences] says
// otherwise).
//
// Analyze never fails: empty text gives an empty Document, and invalid
// UTF-8 is handled as normalize.String documents. Text shares memory with
// Original when the input is already normal; tokens are substrings of Text.
func Analyze(text string, opts ...Option) *Document {
	o := newOptions(opts)
	norm := o.normalize
	if norm == nil {
		norm = normalize.String
	}
	extract := o.extract
	if extract == nil {
		extract = entity.Extract
	}
	d := &Document{Original: text, Text: norm(text)}
	d.Tokens, d.Sentences = tokenize.Split(d.Text)
	d.Entities = extract(d.Text, d.Tokens)
	d.Quotes = summarize.Quotes(d.Text, d.Sentences, d.Tokens, d.Entities)
	if o.summary > 0 {
		d.Summary = summarize.Summary(d.Text, d.Sentences, d.Tokens, o.summary)
	}
	return d
}

// SentenceText returns the text of sentence i of d, or "" when i is out of
// range.
func (d *Document) SentenceText(i int) string {
	if i < 0 || i >= len(d.Sentences) {
		return ""
	}
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// QuoteText returns what quote q of d says: the text of its Content span.
func (d *Document) QuoteText(q summarize.Quote) string {
	return d.Text[q.Content.Start:q.Content.End]
}

// Entity returns the entity of d with the given ID, and whether there is
// one. Speaker IDs of quotes resolve through it.
func (d *Document) Entity(id int) (entity.Entity, bool) {
	for _, e := range d.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return entity.Entity{}, false
}
