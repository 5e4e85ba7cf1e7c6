package categories_test

import (
	"fmt"

	"github.com/siemanon/siemanon/categories"
)

func exampleKeyring() *categories.Keyring {
	key := make([]byte, categories.KeySize)
	for i := range key {
		key[i] = byte(i)
	}
	k, err := categories.NewKeyring(key)
	if err != nil {
		panic(err)
	}
	return k
}

func ExampleUsernames() {
	u := categories.NewUsernames(exampleKeyring())
	var dst []byte
	for _, name := range []string{"jdoe", "JDOE", "john.smith", "John.Smith", "j_smith", "1001"} {
		dst = u.Append(dst[:0], []byte(name))
		fmt.Printf("%s -> %s\n", name, dst)
	}
	// Output:
	// jdoe -> ykrorannitz43
	// JDOE -> YKRORANNITZ43
	// john.smith -> darcy.stirlumenko
	// John.Smith -> Darcy.Stirlumenko
	// j_smith -> m_storkallello59
	// 1001 -> 4992
}

func ExampleHostnames() {
	h := categories.NewHostnames(exampleKeyring())
	var dst []byte
	for _, name := range []string{"WKS-042", "wks-042.corp.local", "corp.example.co.uk", "www"} {
		dst = h.AppendName(dst[:0], []byte(name))
		fmt.Printf("%s -> %s\n", name, dst)
	}
	// Output:
	// WKS-042 -> POVUBIJUF-661
	// wks-042.corp.local -> povubijuf-661.fogoluzakerov.local
	// corp.example.co.uk -> fogoluzakerov.juvawuhinedak.co.uk
	// www -> lgi
}

func ExampleFullnames() {
	f := categories.NewFullnames(exampleKeyring())
	for _, name := range []string{"John Smith", "Smith, John", "JOHN A. SMITH"} {
		fmt.Printf("%s -> %s\n", name, f.Append(nil, []byte(name)))
	}
	// Output:
	// John Smith -> Marcel Triliedale
	// Smith, John -> Triliedale, Marcel
	// JOHN A. SMITH -> IGOR S. CRALATORA
}

func ExampleOrganizations() {
	o := categories.NewOrganizations(exampleKeyring())
	for _, name := range []string{"Acme Corp", "ACME, Inc."} {
		fmt.Printf("%s -> %s\n", name, o.Append(nil, []byte(name)))
	}
	// Output:
	// Acme Corp -> Kauncearrola Prime Management Corp
	// ACME, Inc. -> KAUNCEARROLA PRIME MANAGEMENT, Inc.
}

func ExampleNewGeo() {
	g := categories.NewGeo(exampleKeyring())
	fmt.Printf("Berlin -> %s\n", g.AppendCity(nil, []byte("Berlin")))
	for _, c := range []string{"Germany", "DE", "DEU"} {
		fmt.Printf("%s -> %s\n", c, g.AppendCountry(nil, []byte(c)))
	}
	// Output:
	// Berlin -> Chisinau
	// Germany -> Malaysia
	// DE -> MY
	// DEU -> MYS
}

func ExampleIsWellKnownAccount() {
	for _, name := range []string{"root", "NETWORK SERVICE", "www-data", "jdoe"} {
		fmt.Println(name, categories.IsWellKnownAccount([]byte(name)))
	}
	// Output:
	// root true
	// NETWORK SERVICE true
	// www-data true
	// jdoe false
}
