package anon

import (
	"fmt"
	"testing"
)

// TestTokenSignature checks that a line's signature holds every token linesToRedo could
// look up in it, in any case (no false negatives: a line to redo is never passed over),
// and that it seldom holds a token the line lacks.
func TestTokenSignature(t *testing.T) {
	var buf [maxLearnedLen]byte
	lines := []string{
		"Accepted password for jdoe from 10.1.2.3 port 22 ssh2",
		`{"user":{"name":"Mary.Keller"},"host":{"name":"WKS-042.corp.example.com."}}`,
		"su: (to root) JDOE on pts/0; CORP\\jdoe--",
		"",
		"a b c",
	}
	for _, line := range lines {
		sig := tokenSignature([]byte(line), &buf)
		for i := 0; i < len(line); {
			var folded []byte
			var h uint64
			folded, h, i = nextLearnToken([]byte(line), i, &buf)
			if folded == nil {
				continue
			}
			_, hv := foldHash(buf[:], folded)
			if hv != h || !sig.mayHold(h) {
				t.Errorf("signature of %q lacks its token %q", line, folded)
			}
		}
	}
	sig := tokenSignature([]byte(lines[0]), &buf)
	matches := 0
	for i := range 1000 {
		_, h := foldHash(buf[:], fmt.Appendf(nil, "absent-%d", i))
		if sig.mayHold(h) {
			matches++
		}
	}
	// 10 tokens set at most 20 of 512 bits: about 0.15% of absent tokens match.
	if matches > 20 {
		t.Errorf("%d of 1000 absent tokens match the signature", matches)
	}
}
