package summarize_test

import (
	"fmt"

	"github.com/sokhan-nlp/sokhan/normalize"
	"github.com/sokhan-nlp/sokhan/summarize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

func ExampleSummary() {
	text := normalize.String("به گزارش ایرنا، وزیر نفت امروز از افزایش تولید نفت ایران در سال جاری خبر داد.\n" +
		"وی گفت: تولید نفت ایران در سال جاری افزایش یافت.\n" +
		"صادرات گاز ایران به عراق و ترکیه نیز در سال جاری افزایش یافت.\n" +
		"انتهای پیام")
	tokens, sentences := tokenize.Split(text)
	for _, i := range summarize.Summary(text, sentences, tokens, 2) {
		s := sentences[i]
		fmt.Println(i, text[s.Start:s.End])
	}
	// Output:
	// 0 به گزارش ایرنا، وزیر نفت امروز از افزایش تولید نفت ایران در سال جاری خبر داد.
	// 2 صادرات گاز ایران به عراق و ترکیه نیز در سال جاری افزایش یافت.
}

func ExampleTrim() {
	text := "به گزارش خبرنگار مهر از تبریز، استاندار گفت: سال خوبی بود."
	tokens, sentences := tokenize.Split(text)
	s := summarize.Trim(text, sentences[0], tokens)
	fmt.Println(text[s.Start:s.End])
	// Output:
	// استاندار گفت: سال خوبی بود.
}
