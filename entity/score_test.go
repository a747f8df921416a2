package entity_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sokhan-nlp/sokhan/entity"
	"github.com/sokhan-nlp/sokhan/normalize"
	"github.com/sokhan-nlp/sokhan/tokenize"
)

// TestWriteScoreJSON writes, for every testdata article, the entity part of
// `sokhan analyze --json` output, for the shared scorer:
//
//	SOKHAN_ENTITY_OUT=/tmp/ent go test ./entity -run TestWriteScoreJSON
//	python3 ../shared/tools/score.py --pairs testdata /tmp/ent
//
// With SOKHAN_ENTITY_RAW=1 the text is the normalizer's output on the noisy
// .txt instead of the gold normalized text. See testdata/score.sh.
func TestWriteScoreJSON(t *testing.T) {
	out := os.Getenv("SOKHAN_ENTITY_OUT")
	if out == "" {
		t.Skip("set SOKHAN_ENTITY_OUT to a directory to write scorer input")
	}
	require.NoError(t, os.MkdirAll(out, 0o755))
	for name, g := range loadGold(t) {
		text := g.Normalized
		if os.Getenv("SOKHAN_ENTITY_RAW") != "" {
			raw, err := os.ReadFile(filepath.Join("..", "testdata", name+".txt"))
			require.NoError(t, err)
			text = normalize.String(string(raw))
		}
		toks, _ := tokenize.Split(text)
		b, err := json.MarshalIndent(scoreDocJSON(text, entity.Extract(text, toks)), "", " ")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(out, name+".json"), b, 0o644))
	}
}

type jsonMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
}

type jsonEntity struct {
	ID       int           `json:"id"`
	Type     string        `json:"type"`
	Name     string        `json:"name"`
	Role     string        `json:"role"`
	Mentions []jsonMention `json:"mentions"`
}

func scoreDocJSON(text string, ents []entity.Entity) any {
	out := struct {
		Text     string       `json:"text"`
		Entities []jsonEntity `json:"entities"`
	}{Text: text, Entities: []jsonEntity{}}
	for _, e := range ents {
		je := jsonEntity{ID: e.ID, Type: e.Kind.String(), Name: e.Name, Role: e.Role}
		for _, m := range e.Mentions {
			je.Mentions = append(je.Mentions, jsonMention{m.Start, m.End, m.Text, m.Form.String()})
		}
		out.Entities = append(out.Entities, je)
	}
	return out
}
