window.YTD.article_metadata.part0 = [
  {
    "articleMetadata" : {
      "authorId" : "1651239948310376448",
      "createdAtMs" : "1762787016204",
      "updatedAtMs" : "1762954402871",
      "visibility" : "Public",
      "tweetId" : "1989914702254780416",
      "firstPublishedAtMs" : "1762954402871",
      "lifecycleState" : "Published"
    }
  },
  {
    "articleMetadata" : {
      "authorId" : "1651239948310376448",
      "createdAtMs" : "1764040418530",
      "updatedAtMs" : "1764128833905",
      "visibility" : "Private",
      "lifecycleState" : "Draft"
    }
  }
]