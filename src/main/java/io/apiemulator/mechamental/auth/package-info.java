/**
 * MechaMental authentication: {@code MechaMentalCallers} checks {@code Authorization: Bearer <token>} against the
 * stored tokens (401) and refuses an org the token may not access (403) before any controller runs. Controllers
 * receive a {@code MechaMentalCaller}, whose actor is written to {@code created_by} and {@code activated_by}.
 */
package io.apiemulator.mechamental.auth;
