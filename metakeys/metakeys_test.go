package metakeys

import (
	"testing"
)

func TestBuiltinLoads(t *testing.T) {
	for _, p := range Builtin() {
		t.Logf("%s: %d rows", p.Name, len(p.Fields()))
	}
}
