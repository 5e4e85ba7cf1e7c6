package anon

import "testing"

func TestProviderSplit(t *testing.T) {
	e, err := New(Config{Key: make([]byte, 32), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	w := newWorker(e)
	for name, want := range map[string]int{
		"okta.com":          0, // a provider's own name stays, a tenant provider's too
		"zoom.us":           0,
		"www.zoom.us":       0,
		"acme.okta.com":     4, // a tenant: its label is the customer's
		"www.acme.okta.com": 8, // www and the customer's label
		"acme.zoom.us":      4,
		"login.live.com":    0, // a service of a provider without tenants
		"corp.example.com":  -1,
	} {
		if got := w.providerSplit([]byte(name)); got != want {
			t.Errorf("providerSplit(%q) = %d, want %d", name, got, want)
		}
	}
}
