/** The authenticated caller, as every service receives it. */
export interface SessionUser {
  id: string;
  email: string;
  isAdmin: boolean;
}
