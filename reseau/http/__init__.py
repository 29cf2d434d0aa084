"""What the JSON API and the pages both stand on: a database session and the account asking
(:mod:`.deps`), session cookies, CSRF, body limits, security headers, the visitor's language,
answers kept between requests. Neither ``reseau.api`` nor ``reseau.web`` imports the other;
``reseau.app`` mounts both."""
