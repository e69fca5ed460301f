// Who "I" am in My check-ins: the owner name a person picks once, kept in their user
// properties (per person and per script, never seen by collaborators:
// developers.google.com/apps-script/guides/properties), and their e-mail, with which the
// sidebar pre-selects an owner written as that address.
import { FIELD_LIMITS } from '../core/limits';
import { serve } from './session';

const OWNER_PROPERTY = 'okr-sheets.owner';

/** The person's picked owner name and e-mail ('' for what cannot be read). */
export function readMe(): { owner: string; email: string } {
  let owner = '';
  let email = '';
  try {
    owner = (PropertiesService.getUserProperties().getProperty(OWNER_PROPERTY) ?? '').slice(
      0,
      FIELD_LIMITS.owner,
    );
  } catch {
    // no access to user properties: nothing picked
  }
  try {
    email = Session.getActiveUser().getEmail() || '';
  } catch {
    // no e-mail scope or no user: nothing to pre-select by
  }
  return { owner, email };
}

/** Saves the owner name whose key results are the person's check-ins ('' forgets it). */
export function setMyOwner(req: { owner: string }): { owner: string } {
  return serve(req, (s) => {
    const owner = s.v.text(s.body().owner, 'owner');
    const props = PropertiesService.getUserProperties();
    if (owner) props.setProperty(OWNER_PROPERTY, owner);
    else props.deleteProperty(OWNER_PROPERTY);
    return { owner };
  });
}
