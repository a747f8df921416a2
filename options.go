package sokhan

import (
	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// DefaultSummarySentences is the number of summary sentences [Analyze]
// selects when no [SummarySentences] option is given.
const DefaultSummarySentences = 3

// An Option changes how [Analyze] works. Options are values: build them
// once and reuse them freely, from any goroutine.
type Option func(options) options

// options is the configuration Options build.
type options struct {
	summary   int
	normalize func(string) string
	extract   func(string, []tokenize.Token) []entity.Entity
}

func newOptions(opts []Option) options {
	o := options{summary: DefaultSummarySentences}
	for _, f := range opts {
		if f != nil {
			o = f(o)
		}
	}
	return o
}

// SummarySentences sets the number of sentences of the summary; 0 (or a
// negative n) leaves Document.Summary empty and skips the summarizer.
func SummarySentences(n int) Option {
	return func(o options) options {
		o.summary = max(n, 0)
		return o
	}
}

// Normalizer replaces the default normalizer (normalize.String) by fn, for
// instance the String method of a normalize.New(...) value. fn must be
// safe for concurrent use if the Option is shared between goroutines. A nil
// fn restores the default.
func Normalizer(fn func(string) string) Option {
	return func(o options) options {
		o.normalize = fn
		return o
	}
}

// Extractor replaces the default entity extractor (entity.Extract) by fn,
// for instance the Extract method of an entity.New(...) value with user
// gazetteers. A nil fn restores the default.
func Extractor(fn func(text string, tokens []tokenize.Token) []entity.Entity) Option {
	return func(o options) options {
		o.extract = fn
		return o
	}
}
