window.YTD.sso.part0 = [
  {
    "singleSignOnMetaValues" : {
      "ssoId" : "104857392016648203317",
      "ssoEmail" : "marija.camilleri@example.com",
      "associationMethodType" : "Login",
      "createdAt" : "2021-06-02T18:44:09.317Z"
    }
  }
]