{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="en-GB" class="govuk-template br-template">
<head>
  <meta charset="utf-8">
  <title>{{PAGE_TITLE}} – {{PRODUCT_NAME}}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="theme-color" content="#16325c">
{{#STYLESHEET}}  <link rel="stylesheet" href="{{URL}}">
{{/STYLESHEET}}
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <header class="br-header" role="banner">
    <div class="govuk-width-container br-header__container">
      <a href="/" class="br-header__product">{{PRODUCT_NAME}}</a>
      <form class="br-search" action="/search" method="get" role="search">
        <label class="br-search__label" for="site-search">Search {{PRODUCT_NAME}}</label>
        <div class="br-search__row">
          <input class="govuk-input br-search__input" id="site-search" name="q" type="search" value="{{SEARCH_QUERY}}">
          <button class="govuk-button br-search__button" type="submit">Search</button>
        </div>
      </form>
      <nav class="br-account" aria-label="Your account">
{{#SIGNED_OUT}}        <a class="br-account__link" href="/sign-in">Sign in</a>
{{/SIGNED_OUT}}{{#SIGNED_IN}}        <a class="br-account__link" href="/account">{{USER_NAME}}</a>
        <a class="br-account__link" href="/dashboard">Dashboard</a>
{{#SESSION}}        <form class="br-account__form" action="/sign-out" method="post">
          <input type="hidden" name="csrf_token" value="{{CSRF_TOKEN}}">
          <button class="br-account__button" type="submit">Sign out</button>
        </form>
{{/SESSION}}{{/SIGNED_IN}}      </nav>
    </div>
  </header>
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content" role="main">
{{>CONTENT}}
    </main>
  </div>
  <footer class="govuk-footer br-footer" role="contentinfo">
    <div class="govuk-width-container">
      <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
          <h2 class="govuk-visually-hidden">Support links</h2>
          <ul class="govuk-footer__inline-list">
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/">Home</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/search">Search</a></li>
            <li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/api/v1">JSON API</a></li>
          </ul>
          <p class="govuk-body-s br-footer__text">{{PRODUCT_NAME}}: meetings, papers, decisions and actions of public boards.</p>
        </div>
      </div>
    </div>
  </footer>
</body>
</html>
