window.YTD.sso.part0 = [
  {
    "singleSignOnMetaValues" : {
      "ssoId" : "104882013377645190283",
      "ssoEmail" : "marisol.quintero@example.com",
      "associationMethodType" : "Login",
      "createdAt" : "2021-03-19T09:14:02.731Z"
    }
  }
]