package entity_test

import (
	"fmt"
	"strings"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

func ExampleExtract() {
	// «وی» opens the second sentence: it refers to the subject of the first.
	text := "محمدجواد ظریف وزیر امور خارجه کشورمان با سرگئی لاوروف وزیر امور خارجه روسیه دیدار کرد. وی گفت: ظریف همتای خوبی است."
	toks, _ := tokenize.Split(text)
	for _, e := range entity.Extract(text, toks) {
		fmt.Printf("%d %s %s [%s]\n", e.ID, e.Kind, e.Name, e.Role)
		for _, m := range e.Mentions {
			fmt.Printf("   %s %s %d-%d\n", m.Form, m.Text, m.Start, m.End)
		}
	}
	// Output:
	// 1 person محمدجواد ظریف [وزیر امور خارجه ایران]
	//    name محمدجواد ظریف 0-25
	//    role وزیر امور خارجه کشورمان 26-69
	//    pronoun وی 158-162
	//    name ظریف 171-179
	// 2 country ایران []
	//    pronoun کشورمان 55-69
	// 3 person سرگئی لاوروف [وزیر امور خارجه روسیه]
	//    name سرگئی لاوروف 75-98
	//    role وزیر امور خارجه روسیه 99-138
	// 4 country روسیه []
	//    name روسیه 128-138
}

// A user gazetteer names what the embedded lists do not know.
func ExampleLoadGazetteer() {
	g, err := entity.LoadGazetteer(strings.NewReader(
		"# my list\n" +
			"organization\tشرکت نفت پارس\tنفت پارس\tcompany\n" +
			"person\tزهره الف\tالف\tمدیرعامل نفت پارس\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g.Len(), "entries")

	_, err = entity.LoadGazetteer(strings.NewReader("country\tایران\ncity\tتهران\n"))
	fmt.Println(err)
	// Output:
	// 2 entries
	// line 2: unknown list "city" (want country, demonym, location, organization, firstname, person, role, title, nonname, common or verb)
}

func ExampleWithGazetteer() {
	g, _ := entity.LoadGazetteer(strings.NewReader("organization\tشرکت نفت پارس\tنفت پارس\tcompany\n"))
	x, err := entity.New(entity.WithGazetteer(g))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "شرکت نفت پارس قراردادی با ترکیه امضا کرد."
	toks, _ := tokenize.Split(text)
	for _, e := range x.Extract(text, toks) {
		fmt.Println(e.Kind, e.Name, e.Mentions[0].Text)
	}
	// Output:
	// organization نفت پارس شرکت نفت پارس
	// country ترکیه ترکیه
}

func ExampleNew() {
	x, err := entity.New(entity.HomeCountry("افغانستان"))
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "وزیر امور خارجه کشورمان به تهران رفت."
	toks, _ := tokenize.Split(text)
	for _, e := range x.Extract(text, toks) {
		fmt.Println(e.Kind, e.Name, e.Mentions[0].Text)
	}
	// Output:
	// country افغانستان کشورمان
	// location تهران تهران
}

func ExampleExtractor_Extract() {
	x, _ := entity.New()
	text := "رجب طیب اردوغان رئیس\u200cجمهور ترکیه در آنکارا گفت. اردوغان افزود."
	toks, _ := tokenize.Split(text)
	for _, e := range x.Extract(text, toks) {
		fmt.Printf("%s %s (%d mentions)\n", e.Kind, e.Name, len(e.Mentions))
	}
	// Output:
	// person رجب طیب اردوغان (3 mentions)
	// country ترکیه (1 mentions)
	// location آنکارا (1 mentions)
}

func ExampleHomeCountry() {
	x, _ := entity.New(entity.HomeCountry("ترکیه"))
	text := "مراد آیدین وزیر تجارت کشورمان گفت."
	toks, _ := tokenize.Split(text)
	e := x.Extract(text, toks)[0]
	fmt.Println(e.Name, "|", e.Role)
	// Output:
	// مراد آیدین | وزیر تجارت ترکیه
}

func ExampleNoPronouns() {
	x, _ := entity.New(entity.NoPronouns())
	text := "سرگئی لاوروف به تهران رفت. وی گفت."
	toks, _ := tokenize.Split(text)
	for _, m := range x.Extract(text, toks)[0].Mentions {
		fmt.Println(m.Form, m.Text)
	}
	// Output:
	// name سرگئی لاوروف
}

func ExampleNoDefaultGazetteer() {
	g, _ := entity.LoadGazetteer(strings.NewReader("country\tایران\n"))
	x, _ := entity.New(entity.NoDefaultGazetteer(), entity.WithGazetteer(g))
	text := "ایران و ترکیه"
	toks, _ := tokenize.Split(text)
	for _, e := range x.Extract(text, toks) {
		fmt.Println(e.Kind, e.Name)
	}
	// Output:
	// country ایران
}

func ExampleGazetteer_Len() {
	g, _ := entity.LoadGazetteer(strings.NewReader("title\tدکتر\ntitle\tمهندس\n"))
	fmt.Println(g.Len())
	// Output:
	// 2
}

func ExampleKind_String() {
	fmt.Println(entity.Person, entity.Country, entity.Organization, entity.Location)
	// Output:
	// person country organization location
}

func ExampleForm_String() {
	fmt.Println(entity.Name, entity.Role, entity.Pronoun)
	// Output:
	// name role pronoun
}
