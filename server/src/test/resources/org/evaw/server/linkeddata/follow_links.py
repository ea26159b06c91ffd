"""What a linked-data consumer using rdflib finds by following evaw-kg's links.

Reads the Turtle dump a running server publishes, then follows, with rdflib's own graph API:
  - each activity's evaw:formOfViolence to its concept, and the concept's skos:exactMatch or
    skos:closeMatch to an SDG target of metadata.un.org (the target asked for on the command line);
  - each activity's countries to their M49 notation and SDG geographic area, and up the M49
    hierarchy (skos:broader) to the world;
  - each resolution to its dcterms:identifier and rdfs:seeAlso.
It also dereferences one activity's IRI on the server, as rdflib does with any IRI, to check that
the server says the same about it as the dump.

Usage: follow_links.py DUMP_URL SERVER_ROOT BASE SDG_TARGET. Prints one JSON object.
"""
import json
import sys

import rdflib
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

EVAW = rdflib.Namespace("https://w3id.org/evaw-kg/ontology#")
GEO_AREA = "http://metadata.un.org/sdg/codes/geoArea/"


def main(dump_url, server_root, base, target_iri):
    graph = rdflib.Graph()
    graph.parse(dump_url, format="turtle")
    target = rdflib.URIRef(target_iri)

    activities = sorted(set(graph.subjects(RDF.type, EVAW.Activity)))
    to_target = []
    for activity in activities:
        for concept in sorted(graph.objects(activity, EVAW.formOfViolence)):
            for mapping in (SKOS.exactMatch, SKOS.closeMatch):
                if (concept, mapping, target) in graph:
                    to_target.append({
                        "activity": str(activity),
                        "concept": str(concept),
                        "label": str(graph.preferredLabel(concept, lang="en")[0][1]),
                        "scheme": str(graph.value(concept, SKOS.inScheme)),
                        "mapping": graph.qname(mapping),
                    })

    countries = {}
    for activity in activities:
        for country in graph.objects(activity, EVAW.country):
            if str(country) in countries:
                continue
            notations = [str(n) for n in graph.objects(country, SKOS.notation)
                         if isinstance(n, rdflib.Literal) and n.datatype == EVAW.M49Code]
            areas = [str(m) for m in graph.objects(country, SKOS.exactMatch) if str(m).startswith(GEO_AREA)]
            chain = []
            region = (graph.value(country, EVAW.intermediateRegion)
                      or graph.value(country, EVAW.subregion) or graph.value(country, EVAW.region))
            while region is not None and len(chain) < 6:
                chain.append(str(graph.value(region, SKOS.notation)))
                region = graph.value(region, SKOS.broader)
            countries[str(country)] = {"notations": notations, "geoAreas": areas, "chain": chain}

    resolutions = []
    for resolution in sorted(set(graph.subjects(RDF.type, EVAW.Resolution))):
        resolutions.append({
            "symbol": str(graph.value(resolution, EVAW.symbol)),
            "identifier": str(graph.value(resolution, DCTERMS.identifier)),
            "seeAlso": [str(s) for s in graph.objects(resolution, RDFS.seeAlso)],
        })

    # The server answers for every IRI under its base: rdflib asks it for the first activity that
    # reaches the target, with rdflib's own Accept header, and reads what it gets.
    dereferenced = None
    if to_target:
        iri = to_target[0]["activity"]
        described = rdflib.Graph()
        described.parse(server_root + iri[len(base):])
        subject = rdflib.URIRef(iri)
        dereferenced = sorted(str(c) for c in described.objects(subject, EVAW.formOfViolence))

    print(json.dumps({
        "triples": len(graph),
        "activities": len(activities),
        "toTarget": to_target,
        "countries": countries,
        "resolutions": resolutions,
        "dereferencedFormsOfViolence": dereferenced,
        "dumpFormsOfViolence": sorted(str(c) for c in graph.objects(rdflib.URIRef(to_target[0]["activity"]),
                                                                       EVAW.formOfViolence)) if to_target else None,
    }))


if __name__ == "__main__":
    main(*sys.argv[1:5])
