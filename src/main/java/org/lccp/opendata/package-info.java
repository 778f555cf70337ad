/**
 * The platform's open data and the conventions of its API: the bulk download of every
 * module's public tables ({@code shared.domain.OpenDataTables}) as CSV and XLSX, rebuilt
 * in the background after {@code shared.domain.OpenDataChanged}; the open-data page;
 * imports run as background jobs for the module that owns the records
 * ({@link org.lccp.opendata.OpenDataImport}); and the {@code /api/v1} conventions a
 * module's API uses: page sizes ({@link org.lccp.opendata.ApiPaging}), CSV negotiation
 * ({@link org.lccp.opendata.ApiCsv}), problem details naming the refused parameter
 * ({@link org.lccp.opendata.OpenDataApi}), the OpenAPI description and Swagger UI.
 * <p>
 * Page bounds ({@code shared.web.Paging}), the problem details of every {@code /api}
 * answer ({@code shared.web.ErrorHandling}, {@code ErrorPages}) stay in shared because
 * pages and modules below this one (identity, mail) use them; ETags, rate limits and
 * tokens stay in {@code identity.apiaccess}, part of the security chain this module
 * depends on (ADR 11).
 */
@ApplicationModule(allowedDependencies = { "shared", "identity" })
@NullMarked
package org.lccp.opendata;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
