package entity

import "github.com/sokhan-nlp/sokhan/tokenize"

// Kind is the kind of a named entity.
type Kind uint8

// Entity kinds.
const (
	Person Kind = iota
	Country
	Organization
	Location
)

var kindNames = [...]string{Person: "person", Country: "country", Organization: "organization", Location: "location"}

// String returns the kind's lower-case name as used in JSON: "person",
// "country", "organization" or "location".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Form says how a mention refers to its entity.
type Form uint8

// Mention forms.
const (
	Name    Form = iota // a proper name, full or partial: «محمدجواد ظریف», «ظریف»
	Role                // a role phrase: «وزیر امور خارجه روسیه»
	Pronoun             // a pronoun: «وی», «او», «ایشان»
)

var formNames = [...]string{Name: "name", Role: "role", Pronoun: "pronoun"}

// String returns the form's lower-case name as used in JSON: "name", "role"
// or "pronoun".
func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return "unknown"
}

// Mention is one place in the text that refers to an entity. Text is a
// substring of the analysed text: Text == text[Start:End].
type Mention struct {
	tokenize.Span
	Text string
	Form Form
}

// Entity is one real-world referent with all of its mentions, in text order.
// ID is unique within one Extract result and starts at 1. Name is the
// canonical name (the fullest name seen, or the gazetteer's canonical form);
// Role is the person's role when the text gives one, such as
// «وزیر امور خارجه روسیه».
type Entity struct {
	ID       int
	Kind     Kind
	Name     string
	Role     string
	Mentions []Mention
}
