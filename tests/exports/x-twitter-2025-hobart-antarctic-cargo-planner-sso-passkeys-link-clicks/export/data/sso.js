window.YTD.sso.part0 = [
  {
    "singleSignOnMetaValues" : {
      "ssoId" : "108274619305528471930",
      "ssoEmail" : "kirra.vandenberg@example.net",
      "associationMethodType" : "Login",
      "createdAt" : "2023-02-04T08:17:27.311Z"
    }
  },
  {
    "singleSignOnMetaValues" : {
      "ssoId" : "001742.5c9e1b07a3d44f6e8b20c7d19e4f3a61.0617",
      "ssoEmail" : "k7qzm4xw2p@privaterelay.example.com",
      "associationMethodType" : "Login",
      "createdAt" : "2024-11-22T23:41:05.062Z"
    }
  }
]