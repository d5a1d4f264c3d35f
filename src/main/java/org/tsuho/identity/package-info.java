/**
 * Identity: who is acting. {@link org.tsuho.identity.Actor} is the one view of a signed-in person every
 * module uses (roles, and the company for company users); it is built from the embedded accounts or, under
 * the {@code keycloak} profile, from the token. The company always comes from the account, never from a request.
 */
package org.tsuho.identity;
