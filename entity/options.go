package entity

// Option configures an [Extractor] built by [New].
type Option func(*config)

type config struct {
	gazetteers []*Gazetteer
	noDefault  bool
	home       string
	noPronouns bool
}

// WithGazetteer adds a user gazetteer (see [LoadGazetteer]) to the
// embedded ones. Entries of later gazetteers win where they conflict, such
// as a different canonical name for the same country variant.
func WithGazetteer(g *Gazetteer) Option {
	return func(c *config) { c.gazetteers = append(c.gazetteers, g) }
}

// NoDefaultGazetteer leaves out the embedded gazetteers, so that only the
// lists given with [WithGazetteer] are used.
func NoDefaultGazetteer() Option {
	return func(c *config) { c.noDefault = true }
}

// HomeCountry sets the canonical name of the country the text is written
// in, which «کشورمان» ("our country") refers to and which a role without
// its country («سخنگوی وزارت امور خارجه») belongs to. The default is
// «ایران»; HomeCountry("") turns both readings off.
func HomeCountry(name string) Option {
	return func(c *config) { c.home = collapseSpace(name) }
}

// NoPronouns turns off pronoun mentions (وی، او، ایشان): people then have
// only name and role mentions.
func NoPronouns() Option {
	return func(c *config) { c.noPronouns = true }
}
