window.YTD.sso.part0 = [
  {
    "singleSignOnMetaValues" : {
      "ssoId" : "108274619203847561029",
      "ssoEmail" : "oksana.hrytsenko.signs@example.com",
      "associationMethodType" : "Signup",
      "createdAt" : "2019-01-28T15:33:09.412Z"
    }
  },
  {
    "singleSignOnMetaValues" : {
      "ssoId" : "001928.4a7c1e9b3d5f4e2a8b6c0d1e2f3a4b5c.1042",
      "ssoEmail" : "k7w2qz9mtn@privaterelay.example.net",
      "associationMethodType" : "Login",
      "createdAt" : "2019-10-04T08:12:51.067Z"
    }
  }
]