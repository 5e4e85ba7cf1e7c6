package categories

import "slices"

// registry holds every category's description, in the order they are listed to users.
var registry = []*Category{&ipv4Info, &ipv6Info, &macInfo, &emailInfo, &domainInfo, &hostnameInfo,
	&urlInfo, &usernameInfo, &fullnameInfo, &organizationInfo, &pathInfo, &geoInfo, &sidInfo, &secretInfo,
	&cardInfo, &ibanInfo, &phoneInfo, &nationalIDInfo, &deviceIDInfo, &timeInfo}

// All returns the categories, in listing order.
func All() []Category {
	out := make([]Category, len(registry))
	for i, c := range registry {
		out[i] = *c
	}
	return out
}

// Names returns the category names, in listing order.
func Names() []string {
	out := make([]string, len(registry))
	for i, c := range registry {
		out[i] = c.Name
	}
	return out
}

// Lookup returns the category of a name.
func Lookup(name string) (Category, bool) {
	i := slices.IndexFunc(registry, func(c *Category) bool { return c.Name == name })
	if i < 0 {
		return Category{}, false
	}
	return *registry[i], true
}
