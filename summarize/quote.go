package summarize

import "github.com/sokhan-nlp/sokhan/tokenize"

// Quote is one quotation: what was said (Content), the reporting verb that
// introduces it (Cue, such as «گفت» or «تاکید کرد»), and who said it.
// Speaker is the ID of the speaking entity in the entity list passed to
// [Quotes], or -1 when unknown; SpeakerName is that entity's Name. Direct is
// false for indirect speech («به گفته وی»، «X گفت که ...»). All spans index
// the analysed text.
type Quote struct {
	Speaker     int
	SpeakerName string
	Cue         string
	CueSpan     tokenize.Span
	Content     tokenize.Span
	Direct      bool
}
