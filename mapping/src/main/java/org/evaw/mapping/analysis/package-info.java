/**
 * What a document says, before it becomes RDF: the agency it is about and its activities. Each
 * activity is read by an {@link org.evaw.mapping.analysis.ActivityReader}: an inventory entry under
 * the agency its header names, or a group of prose sentences under the actor it names, with the
 * date phrase that says when.
 */
package org.evaw.mapping.analysis;
