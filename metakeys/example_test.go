package metakeys_test

import (
	"fmt"
	"strings"

	"github.com/siemanon/siemanon/metakeys"
)

func Example() {
	ecs, _ := metakeys.ByName("ecs")
	for _, path := range []string{"source.ip", "source.user.name", "client.geo.city_name", "event.action"} {
		category, ok := ecs.Category([]byte(path))
		fmt.Printf("%-22s %q %v\n", path, category, ok)
	}
	// Output:
	// source.ip              "ip" true
	// source.user.name       "username" true
	// client.geo.city_name   "geo" true
	// event.action           "" false
}

func ExampleParse() {
	const file = `# name: acme
# extends: ecs
# detect: acme.tenant
acme.login	username	our SSO login name
agent.name	none	our agent names are product names
`
	p, err := metakeys.Parse(strings.NewReader(file), "acme.tsv")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, path := range []string{"acme.login", "agent.name", "source.ip"} {
		category, _ := p.Category([]byte(path))
		fmt.Printf("%s: %q\n", path, category)
	}
	fmt.Println(p.Detects([]byte("acme.tenant")))

	_, err = metakeys.Parse(strings.NewReader("# name: bad\nuser.name\tuser\n"), "bad.tsv")
	fmt.Println(err)
	// Output:
	// acme.login: "username"
	// agent.name: ""
	// source.ip: "ip"
	// true
	// bad.tsv:2: unknown category "user" for user.name (known: ipv4 ipv6 mac email domain hostname url username fullname organization path geo sid secret time ip address phone card iban nationalid deviceid coordinate none)
}
