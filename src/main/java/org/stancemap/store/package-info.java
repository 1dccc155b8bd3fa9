/**
 * Project files ({@code *.stancemap.json}): reading and writing them with Jackson, atomic saves, format versions.
 *
 * <p>{@link org.stancemap.store.ProjectStore} is the entry point. Jackson, its DTO records and the mappers between
 * them and the model stay inside this package, so the model never sees an annotation.
 */
package org.stancemap.store;
