// Package summarize finds who said what in Persian news ([Quotes]) and picks
// the sentences that best sum a text up ([Summary]).
//
// Both functions take the analysed (normalized) text with its tokens and
// sentences as [tokenize.Split] returns them; Quotes also takes the
// entities of entity.Extract, to name speakers.
//
// # Quotes
//
// [Quotes] finds reporting cues: verbs of saying in every tense, in the
// third person singular and plural, from the embedded list data/cues.txt
// (گفت، افزود، ادامه داد، تاکید کرد، اظهار داشت، تصریح کرد، خاطرنشان کرد،
// اعلام کرد، یادآور شد، نوشت، پرسید ...; «می‌گوید»، «گفته است»، «تاکید کرده
// بود»، «خواهد افزود» are generated from the verb's two stems, and compound
// verbs are also accepted glued, «اظهارداشت», as unrestored text writes
// them). First and second persons («می‌گوییم») are the writer's voice or
// part of quoted words, not cues. A cue introduces a quote in these
// patterns:
//
//	X CUE: content            direct; the content runs to the end of its
//	                          paragraph (line), or to its closing » when it
//	                          opens with «, and stops before a later sentence
//	                          of the paragraph that opens a quote of its own
//	X CUE: «content»          direct
//	X CUE «content».          direct, when the » closes the sentence;
//	                          «X گفت که «صبر» شرط است» is indirect speech
//	                          holding a phrase in guillemets
//	«content»، X CUE.         direct, the cue after the quote
//	X CUE که content          indirect (Direct false), to the end of the sentence
//	به گفته X، content         indirect, to the end of the sentence
//	X با بیان اینکه content، ...  indirect, to the comma before the main cue
//
// A cue needs one of these shapes: «تسلیت گفت.» reports no words. A verb
// that makes a non-speech compound with the word before it (تسلیت گفت،
// تبریک گفت، سخن گفت، خوشامد گفت) is not a cue, so in «... تسلیت گفت و
// اظهار داشت: ...» the cue is «اظهار داشت». Nouns such as «گفت‌وگو» or
// «گفته‌ها» are other words and never match. Cues inside a quote already
// taken are part of its content.
//
// # Speakers
//
// The speaker is the subject of the cue's clause: the first person mention
// in the words before the cue that is not the object of a preposition
// («با لاوروف»), a source prefix («به گزارش ایرنا،») being skipped. Through
// the entity clusters a full name, a surname, a role phrase («وزیر امور
// خارجه روسیه») or a pronoun (وی، او، ایشان) all resolve to one entity, and
// the Quote carries its ID and Name. When the extractor left a pronoun
// unattached, or the subject is elided («... و افزود:»), the speaker is the
// most recent person subject; so does a pronoun the extractor joined to a
// person named only inside the previous quote's words. An unattached role
// phrase is matched against the Role of each person mentioned before it
// (same head word, no conflicting country, most words shared); when none
// matches it is the most recent subject unless that subject's role has
// another head («سخنگوی ...» after a «وزیر ...»), an unnamed official. An indefinite subject («یک دیپلمات فرانسوی»), an
// organization or a country at the head of the clause leaves the speaker
// unknown: Speaker -1, SpeakerName "".
//
// # Summary
//
// [Summary] returns the indices of the n most central sentences of a text,
// in document order: an extractive summary. Every word is folded to a key
// (no ZWNJ, one letter form, ASCII digits, no plural or ezafe suffix) and
// weighted by a logistic model of its chance to appear in the text's lead:
// how many sentences share it, how early it first appears, whether it
// names a speaker («X گفت:») or stands in quotes, whether it is a stop word
// (data/stopwords.txt), and how much more often than that predicts agency
// leads hold it (data/leadlex.txt, log-ratios over 1530 frequent words
// counted on a corpus of news articles and their leads; only the counts'
// ratios are embedded, not the corpus). A sentence scores a linear model, fitted to predict
// its ROUGE-1 against the lead: the expected ROUGE-1 F1 of its words
// against a lead of typical length, its centrality (LexRank's cosine degree
// over idf-weighted words, in linear time) and similarity to the first
// sentence, with small terms for position, announcements («از ... خبر
// داد»), an opening pronoun and the share of quoted words; for n > 1,
// overlap with sentences already taken is penalised, the greedy choice made
// lazily from a heap. Headings (title lines, datelines) and agency
// boilerplate (URLs, e-mail addresses, «انتهای پیام», calls to action) are
// never chosen, and [Trim] drops a leading attribution («به گزارش ایرنا،»)
// when a sentence is shown as a summary. On 746 news articles with their
// agency's lead as reference, the one-sentence summary shown whole scores
// ROUGE-1/2/L 0.339/0.164/0.269 against 0.310/0.139/0.240 for the first
// sentence (Lead-1); through Trim, 0.350/0.174/0.282 against
// 0.322/0.149/0.254 for Lead-1 through Trim. The models and the word table
// were fitted on those articles; on articles they were not fitted on
// (2-fold cross-validation in rouge_test.go) ROUGE-1 is about 0.331 whole.
//
// # Rules
//
// Cues, pronouns, prepositions and role heads are matched on whole tokens,
// so the text must be normalized the way package normalize does it (ZWNJ
// restored in «می‌گوید», Persian ی and ک). A multi-word cue must have its
// words one space apart. The cue list holds the forms the Persian Academy
// orthography writes («تاکید» and «تأکید», «خاطرنشان» and «خاطر نشان»).
//
// # Offsets
//
// Every span — Quote.CueSpan, Quote.Content — is a half-open byte range into
// the analysed text passed in: text[q.Content.Start:q.Content.End] is what
// was said, without the guillemets around it and without surrounding
// space. Quote.Cue is text[q.CueSpan.Start:q.CueSpan.End], a substring (no
// copy). Quotes returns nil when the tokens or sentences passed do not
// index the text (a span out of range or out of order); invalid UTF-8 in
// text is never decoded by Quotes, only compared bytewise, so it passes
// through into spans unchanged.
//
// # Concurrency
//
// The cue list, the stop list and the lead word table are parsed once, on
// first use, and only read afterwards: all functions are safe for
// concurrent use.
package summarize
