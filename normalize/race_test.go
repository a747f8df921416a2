//go:build race

package normalize

// raceEnabled reports that the race detector is on: sync.Pool then drops
// a quarter of what is put back, so a pooled word cache is rebuilt (and
// allocated) at random.
const raceEnabled = true
