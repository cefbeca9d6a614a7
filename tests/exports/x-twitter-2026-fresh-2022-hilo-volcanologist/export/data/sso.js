window.YTD.sso.part0 = [
  {
    "singleSignOnMetaValues" : {
      "ssoId" : "104829375610284736615",
      "ssoEmail" : "leilani.vasconcelos@example.com",
      "associationMethodType" : "Login",
      "createdAt" : "2022-08-30T17:26:51.472Z"
    }
  }
]