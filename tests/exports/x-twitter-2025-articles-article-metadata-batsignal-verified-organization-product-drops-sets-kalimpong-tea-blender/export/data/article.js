window.YTD.article.part0 = [
  {
    "article" : {
      "id" : "1989213374650011648",
      "title" : "Why our second flush tastes of muscatel (and why yours might not)",
      "content" : {
        "blocks" : [
          {
            "key" : "a1k9s",
            "data" : { },
            "entityRanges" : [ ],
            "inlineStyleRanges" : [ ],
            "text" : "Every June the bushes above Kalimpong slow down, the leaf thickens and the cup turns coppery.",
            "type" : "unstyled"
          },
          {
            "key" : "b7m2q",
            "data" : { },
            "entityRanges" : [ ],
            "inlineStyleRanges" : [ ],
            "text" : "What the leafhopper does",
            "type" : "header-two"
          },
          {
            "key" : "c3x8d",
            "data" : { },
            "entityRanges" : [
              {
                "key" : 0,
                "length" : 44,
                "offset" : 71
              }
            ],
            "inlineStyleRanges" : [
              {
                "length" : 7,
                "offset" : 0,
                "style" : "Bold"
              }
            ],
            "text" : "Jassids bite the young shoots and the plant answers with terpenes; see the tea board's note on second-flush grading.",
            "type" : "unstyled"
          },
          {
            "key" : "d5t1w",
            "data" : { },
            "entityRanges" : [ ],
            "inlineStyleRanges" : [
              {
                "length" : 59,
                "offset" : 0,
                "style" : "Italic"
              }
            ],
            "text" : "Blend it with a little first flush if you find it too heavy.",
            "type" : "blockquote"
          }
        ],
        "entityMap" : [
          {
            "key" : "0",
            "value" : {
              "type" : "LINK",
              "mutability" : "MUTABLE",
              "data" : {
                "url" : "https://www.example.org/darjeeling-hills/second-flush-grading"
              }
            }
          }
        ]
      },
      "coverMedia" : {
        "mediaId" : "1989212880418390016",
        "mediaUrl" : "https://pbs.twimg.com/media/G6kQx3RbsAAq7Lm.jpg"
      },
      "media" : [
        {
          "mediaId" : "1989212880418390016",
          "mediaUrl" : "https://pbs.twimg.com/media/G6kQx3RbsAAq7Lm.jpg"
        },
        {
          "mediaId" : "1989213011725271040",
          "mediaUrl" : "https://pbs.twimg.com/media/G6kR5mYa8AAe2Vt.jpg"
        }
      ]
    }
  },
  {
    "article" : {
      "id" : "1994470628113752064",
      "title" : "Winter blend notes (draft)",
      "content" : {
        "blocks" : [
          {
            "key" : "e2h6p",
            "data" : { },
            "entityRanges" : [ ],
            "inlineStyleRanges" : [ ],
            "text" : "Cardamom from Sikkim, a pinch of dried orange peel, Assam CTC for the base.",
            "type" : "unordered-list-item"
          },
          {
            "key" : "f9r4n",
            "data" : { },
            "entityRanges" : [ ],
            "inlineStyleRanges" : [ ],
            "text" : "Still too sharp after 4 minutes. Try 3.",
            "type" : "unstyled"
          }
        ],
        "entityMap" : [ ]
      },
      "media" : [ ]
    }
  }
]